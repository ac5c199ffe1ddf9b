import { describe, expect, it } from 'vitest';
import { isMenuBar } from '../../src/features/menu-bar.js';

// Lines written for this test (not corpus text).
describe('isMenuBar', () => {
  it.each([
    'Banking  Investing  Retirement  Money  Taxes  Best Of',
    'News | Markets | Opinion | Podcasts',
    'Share on Facebook  Share on X  Share on Pinterest  Email',
    'Startseite · Wirtschaft · Politik · Sport',
    '#DeFi  #Hacks  #Oracles  #Flash Loans',
    'Home   Banken & Berater   Fonds & Asset Management   Steuern & Recht',
    '• News  • Retail  • Brands  • Footwear  • Jobs',
    'example Startseite | Handwerk | Technik | Recht | Events 🔍 Mein Konto',
    'NEWS / OPERATORS / VEHICLES / BUS / COACH / MAGAZINE / JOBS',
    '» Hochbau » Tiefbau » Baumaschinen » Recht & Politik » ePaper',
    '☰ MENU | HOME | PORTS | SHIPPING | LOGISTICS | 🔍',
    'Monitor  Free Forum  Toplists  Level 2  Charts  News  Trades',
    'News | Buildings | Competitions | Opinion | AJ100 | Jobs | Subscribe',
    'example    Home  •  Markets  •  News  •  Earnings  •  Crypto    Search symbols or users    Log In',
    'example.net | Aktien | Fonds | ETFs | Zertifikate | Devisen',
  ])('takes %s for a menu bar', (line) => expect(isMenuBar(line)).toBe(true));

  it.each([
    'Revenue  2025  2026  Change',
    'Markets  Opinion  Podcasts',
    'Shares rose. Analysts  cheered  the  results.',
    'Umsatz    74 Mio. €    39 Mio. €    12 Mio. €',
    'The bank  said  on Tuesday  that it would cut jobs across Europe',
    '• Banking  Investing  Retirement  Taxes',
    'Home  Banks  Fonds & Asset Management Team  Tax',
    'news | markets | opinion | podcasts',
    'Elektromobilität / Ladekosten',
    'Input/Output/Storage/Network',
    '„Wir sind bereit» sagte er » und » dann',
    'Q1 2025  Q2 2025  Q3 2025  Q4 2025',
    'Price 14.35p  Change 2.10p  Volume 38,412',
    'Home  Markets  News  Search for any stock or company name',
  ])('does not take %s for one', (line) => expect(isMenuBar(line)).toBe(false));
});
