import type { SegmentationData } from '../types.js';

/**
 * Words that commonly open an English sentence (lower-case). After an abbreviation, an initial
 * or an ordinal number, a full stop ends the sentence only when one of these follows:
 * "… Amazon.com Inc. The company …" splits, "U.S. Steel" and "Robert J. Morgado" do not.
 */
const sentenceOpeners: readonly string[] = [
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'there', 'here', 'but', 'and', 'so', 'yet', 'however', 'meanwhile', 'also', 'in', 'on', 'at',
  'for', 'as', 'after', 'before', 'while', 'when', 'if', 'although', 'though', 'since', 'with',
  'by', 'from', 'a', 'an', 'shares', 'stocks', 'analysts', 'investors', 'what', 'why', 'how', 'who', 'where',
  'some', 'many', 'most', 'all', 'both', 'each', 'his', 'her', 'their', 'our', 'my', 'your',
  'still', 'now', 'then', 'today', 'yesterday', 'last', 'next', 'earlier', 'later', 'despite',
  'during', 'overall', 'further', 'furthermore', 'moreover', 'additionally', 'instead', 'thus',
  'therefore', 'indeed', 'even', 'only', 'such', 'unless', 'because', 'once', 'according', 'under',
  'over', 'other', 'another', 'not', 'no',
];

/** Abbreviations and month names of en for the segmenter. */
export const segmentation: SegmentationData = {
  sentenceOpeners,
  abbreviations: [
    // companies
    'inc.', 'corp.', 'co.', 'cos.', 'ltd.', 'plc.', 'llc.', 'l.p.', 'n.v.', 's.a.', 'a.g.', 'bros.',
    'hldgs.', 'intl.', 'mfg.', 'assn.', 'grp.',
    // titles
    'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'jr.', 'sr.', 'gov.', 'sen.', 'rep.', 'pres.',
    'supt.', 'lt.', 'capt.', 'sgt.', 'hon.', 'coun.', 'cllr.', 'det.', 'insp.', 'gen.', 'col.', 'maj.', 'atty.',
    // places
    'u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.s.a.', 'd.c.', 'n.y.', 'calif.', 'fla.', 'tex.', 'ariz.',
    'mich.', 'minn.', 'conn.', 'mt.', 'ave.', 'blvd.',
    // references, amounts and times
    'no.', 'nos.', 'vol.', 'pp.', 'fig.', 'est.', 'approx.', 'dept.', 'yr.', 'yrs.', 'qtr.', 'avg.',
    'a.m.', 'p.m.', 'ph.d.', 'm.b.a.', 'b.a.', 'etc.', 'al.', 'cf.', 'viz.', 'ibid.', 'incl.',
    'excl.', 'ext.', 'tel.', 'govt.',
    // currencies: "Rs. 4.2 billion", "Rp. 15,000"
    'rs.', 'rp.',
    // phrases
    'e.g.', 'i.e.', 'eg.', 'ie.', 'vs.', 'ca.', 'esp.',
  ],
  boundAbbreviations: ['e.g.', 'i.e.', 'eg.', 'vs.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'approx.', 'ca.', 'cf.', 'viz.', 'rs.', 'rp.'],
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  ordinals: false,
};

