import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../src/app/routes.ts';

// QA robust #1: a `%` that is no valid escape threw a URIError in the hashchange handler, and every
// later navigation stayed on « Accueil ».
describe('parseHash with malformed escapes', () => {
  it('never throws and keeps the route, the bad detail kept raw (an unknown detail for the screen)', () => {
    expect(parseHash('#/glossary/100%')).toEqual({ route: 'glossary', param: '100%' });
    expect(parseHash('#/whatif/%E0%A4%A')).toEqual({ route: 'whatif', param: '%E0%A4%A' });
    expect(parseHash('#/missions/%ZZ')).toEqual({ route: 'missions', param: '%ZZ' });
    expect(parseHash('#/charts/%')).toEqual({ route: 'charts', param: '%' });
  });

  it('still decodes a valid escape', () => {
    expect(parseHash('#/glossary/cycle%20de%20vie')).toEqual({ route: 'glossary', param: 'cycle de vie' });
    expect(parseHash('#/glossary/100%25')).toEqual({ route: 'glossary', param: '100%' });
  });

  it('an unknown route with a bad escape goes home', () => {
    expect(parseHash('#/%E0%A4%A/x')).toEqual({ route: 'home', param: 'x' });
  });
});
