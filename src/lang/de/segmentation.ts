import type { SegmentationData } from '../types.js';

/**
 * Words that commonly open a German sentence (lower-case). After an abbreviation, an initial or
 * an ordinal number, a full stop ends the sentence only when one of these follows:
 * "… Nemetschek AG. Die Aktie …" splits, "im 3. Quartal" and "50 Mrd. USD" do not.
 */
const sentenceOpeners: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'er', 'sie', 'es', 'wir', 'ich', 'man', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei', 'mit',
  'nach', 'seit', 'von', 'vor', 'zum', 'zur', 'für', 'um', 'über', 'unter', 'durch', 'gegen',
  'laut', 'trotz', 'wegen', 'auch', 'aber', 'doch', 'denn', 'und', 'oder', 'dabei', 'damit',
  'dazu', 'daher', 'deshalb', 'dennoch', 'jedoch', 'zudem', 'außerdem', 'allerdings', 'zuletzt',
  'zunächst', 'danach', 'dann', 'nun', 'jetzt', 'heute', 'gestern', 'hier', 'dort', 'da', 'dies',
  'diese', 'dieser', 'dieses', 'diesen', 'alle', 'viele', 'einige', 'wie', 'was', 'wer', 'warum',
  'wo', 'wann', 'ob', 'wenn', 'als', 'während', 'nachdem', 'obwohl', 'weil', 'seine', 'ihre',
  'insgesamt', 'weitere', 'gleichzeitig', 'anschließend', 'inzwischen', 'bislang', 'bisher', 'immerhin',
];

/** Abbreviations and month names of de for the segmenter. */
export const segmentation: SegmentationData = {
  sentenceOpeners,
  abbreviations: [
    // amounts and units
    'mrd.', 'mio.', 'mill.', 'tsd.', 'bio.', 'pkt.', 'std.', 'min.', 'max.', 'rd.', 'ca.', 'mind.', 'zzgl.',
    'abzgl.', 'inkl.', 'exkl.', 'einschl.', 'mwst.', 'proz.', 'jhd.', 'jh.', 'mtl.', 'jährl.', 'tägl.', 'bj.',
    // references and legal
    'nr.', 'nrn.', 'art.', 'abs.', 'lit.', 'ziff.', 'bd.', 'kap.', 'abb.', 'tab.', 'vgl.', 'ebd.',
    'hrsg.', 'zit.', 'rz.', 'tel.', 'str.', 'pos.',
    // titles and forms of address
    'dr.', 'prof.', 'dipl.', 'ing.', 'mag.', 'hr.', 'fr.', 'st.', 'sen.', 'jr.', 'stv.', 'vors.',
    'geb.', 'gebr.', 'gest.', 'verh.', 'ehem.',
    // academic degrees: "Dr. med. Jane Roe", "Dr. rer. nat.", "Dipl.-Kfm." (joined ones: "Dipl.-Ing.", "Dr.-Ing.")
    'med.', 'dent.', 'vet.', 'rer.', 'nat.', 'phil.', 'jur.', 'oec.', 'habil.', 'pol.',
    'kfm.', 'kffr.', 'volksw.', 'psych.', 'päd.', 'inf.',
    // companies and associations
    'co.', 'fa.', 'e.v.', 'e.k.', 'ges.',
    // weekdays (not "so.", which is far more often the word "so")
    'mo.', 'di.', 'mi.', 'do.', 'sa.',
    // months not derivable as prefixes of full names
    'mrz.',
    // phrases
    'z.b.', 'u.a.', 'd.h.', 'bzw.', 'usw.', 'u.s.w.', 'etc.', 'ggf.', 'evtl.', 'o.ä.', 'u.ä.', 'sog.',
    'bspw.', 'bzgl.', 'ggü.', 'gem.', 'lt.', 'z.t.', 'zzt.', 'z.zt.', 'i.d.r.', 'u.u.', 'v.a.', 'o.g.',
    's.o.', 's.u.', 'i.a.', 'i.v.', 'i.h.v.', 'u.v.m.', 'm.e.', 'allg.', 'bes.', 'betr.', 'dt.',
    'engl.', 'urspr.', 'vorj.', 'vj.', 'gj.', 'hj.', 'wg.', 'akt.', 'insb.', 'zus.', 'vs.', 'n.chr.', 'v.chr.',
  ],
  boundAbbreviations: [
    'z.b.', 'd.h.', 'bzw.', 'sog.', 'bspw.', 'bzgl.', 'ggü.', 'vgl.', 'i.d.r.', 'insb.', 'u.u.', 'v.a.',
    'z.t.', 'i.h.v.', 'ca.', 'nr.', 'nrn.', 'dr.', 'prof.', 'hr.', 'lt.', 'gem.',
  ],
  months: [
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember',
    'jan', 'feb', 'mär', 'mrz', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  ],
  ordinals: true,
};

