/**
 * Picture credits on a line of their own, the same in every language: a photographer and an
 * agency or site ("Jane Roe/Getty Images", "Jane Roe / Example.com"), or an agency alone
 * ("ALAMY", "IMAGO"). A credit ends without a header's colon ("Tags / Keywords:" heads a tag
 * list). Regular-expression sources for the `picture-credit` family, on lower-cased text; the last
 * four also find the credit behind a caption on the same line.
 */
export const PICTURE_CREDIT_LINES: readonly string[] = [
  // Not a byline with its outlet: "By Jane Roe / The Example Blade", "Von Jane Roe / dpa".
  String.raw`^\W{0,2}(?!(?:by|von)\s)[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}\s?/\s?[\p{L}.&'’-]+(?: [\p{L}.&'’-]+){0,2}[^\w:]{0,2}$`,
  // An agency and a photographer, one word each: "VN/Hämmerle", "dpa/Roe", "(c) Example/Roe" (not a dateline before the lead, "Bitterfeld-Wolfen/MZ.",
  // nor a job's two gendered names in a list, „Bürokauffrau/Bürokaufmann“, „Elektronikerin/Elektroniker“).
  String.raw`^\W{0,2}(?!\p{L}{0,30}(?:frau\s?/\s?\p{L}{0,30}mann|mann\s?/\s?\p{L}{0,30}frau|erin\s?/\s?\p{L}{0,30}er)(?!\p{L}))(?:\(c\) ?)?[\p{L}.&'’-]{2,20}\s?/\s?[\p{L}.'’-]{2,24}[\p{L}'’-][^\w:.]{0,2}$`,
  // …or a photographer's handle before a picture agency's name: "d3sign/Getty Images", "example/Keystone".
  String.raw`^\W{0,2}[\p{L}\d.&'’-]{2,30}\s?/\s?(?:getty images|getty|shutterstock|istock(?:photo)?|adobe stock|alamy|unsplash|reuters|afp|bloomberg|epa|keystone)\W{0,3}$`,
  // …or the two in brackets, the photographer's full name: "(Example/Jane Roe)", or first: "(Jane Roe/Example90)".
  String.raw`^\W{0,2}\([\p{L}.&'’-]{2,20}\s?/\s?[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\)\W{0,2}$|^\W{0,2}\([\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}\s?/\s?[\p{L}\d.&'’-]{2,20}\)\W{0,2}$`,
  String.raw`^\W{0,3}(?:alamy|getty images|getty|shutterstock|istock|istockphoto|adobe stock|unsplash|imago|picture alliance|ap photo|afp|dpa|pa media|pa wire|epa|keystone|apa)\W{0,3}$`,
  // …after the outlet that licensed it: "Money; Getty Images", "Example Post / Adobe Stock".
  String.raw`^\W{0,3}[\p{L}.&'’ -]{2,30}[;,] ?(?:getty images|getty|shutterstock|istock(?:photo)?|adobe stock|alamy|unsplash)\W{0,3}$`,
  // A photographer's credit in capitals, a handout's, or a name and outlet in brackets: "JANE ROE PHOTO", "Submitted rendering",
  // "(Jane Roe — Example Eagle)". After a name only nouns that never end a headline ("THE PLANNING PICTURE" is a subheading).
  String.raw`^\W{0,2}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} (?:staff )?(?:photo|rendering|illustration|handout)\W{0,2}$|^\W{0,3}(?:submitted|contributed|courtesy|file|staff) (?:photo|image|rendering|graphic|illustration|picture)s?\W{0,3}$`,
  String.raw`^\W{0,2}\([\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} [–—-] [\p{L}.&'’-]+(?: [\p{L}.&'’-]+){0,3}\)\W{0,2}$`,
  // A photographer's credit in brackets, with a bar: "[ JANE ROE | Times ]", "(Jane Roe|Example American)".
  String.raw`^\W{0,2}[[(]\s?[\p{L}.'’ -]{3,40} ?\| ?[\p{L}.&'’ -]{2,30}\s?[\])]\W{0,2}$`,
  // A file photo's credit and a photographer's credit with an address: "Jane Roe, Example World file", "Jane Roe jroe@example.com"
  // (not a byline: "By Jane Roe jroe@example.com").
  String.raw`^\W{0,2}[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2}, (?!(?:who|which|that|and|in|at|on|from|with|for)\s)[\p{L}.&'’ -]{2,40} file\W{0,2}$|^\W{0,2}(?!by\s)[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,2} [\w.+-]+@[\w-]+(?:\.[\w-]+)+\W{0,2}$`,
  // The rights holder of a picture, behind a colon: "Copyright: Jane Roe", "Bildrechte: Example AG" (a page's
  // copyright line has a year or a "©" and no colon).
  String.raw`^\W{0,3}(?:copyright|bildrechte|fotorechte)\s*:\s*[\p{L}.'’-]+(?: [\p{L}.'’-]+){1,3}\W{0,3}$`,
  // A caption with its credit behind a bar, slash or dash: "… nicht gearbeitet. | © Jane Roe", "… ersetzt werden. / Foto: Example AG", "… | Foto: Example & Cie.", "… die Vermarktung. – Foto: © D/Roe",
  // "… reveal event in Reno | Image: Example Motors".
  String.raw`(?:[.!?“"]\s*|\s)[|/–—]\s*(?:©|\(c\)|foto:|bild:|photo:|image:|picture:|(?:photo |image |picture )?credits?:)\s*(?:© ?)?[\p{L}.&'’ /-]{2,40}$`,
  // …behind a bar with the agency after the photographer, "… on Thursday. | Jane Roe/AP"; behind a dash as a copyright,
  // "… in the North Sea - Copyright Example"; or in brackets naming the agency, "… since the summer (Getty/iStock)".
  String.raw`[.!?]\s*\|\s*[\p{L}.'’ -]{2,40}/(?:ap|afp|reuters|getty images|dpa|epa|bloomberg)\W{0,2}$|\s[-–—]\s(?:copyright|©)\s[\p{L}.&'’-]{2,30}(?: [\p{L}.&'’-]{2,30})?$|\s\((?:getty(?: images)?|istock|shutterstock|alamy|afp|epa|dpa|pa)(?:\s?/\s?[\p{L}.&'’ -]{1,30})?\)\W{0,2}$`,
  // …or a picture agency's credit in brackets on its own or at the end: "(Gallo Images/Fin24)", "(Example Images)".
  String.raw`(?:^|\s)\([\p{L}.&'’-]+ images(?:\s?/\s?[\p{L}\d.&'’ -]{1,30})?\)\W{0,2}$`,
  // …or a handout's or file picture's note in brackets at a caption's end: "… Financial District. (Supplied)", "… in 2024. (File photo)".
  String.raw`\s\((?:supplied|handout|file(?: photo| picture| image)?)\)\W{0,2}$`,
  // …or in brackets naming several sources, one an agency or an illustrator: "… Livingston Street (Getty, Example Group; illustration by Example)".
  String.raw`\s\((?:[\p{L}.&'’ -]{1,30}[,;/] ?){0,3}(?:(?:photo )?illustration by|photos? by|getty(?: images)?|istock|shutterstock|alamy)\b[\p{L}.&'’ ;,/-]{0,60}\)\W{0,2}$`,
];
