import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect.js';

describe('detectLanguage', () => {
  it('tells English, German, French and Spanish news prose apart', () => {
    expect(
      detectLanguage(
        'The council voted on Friday to close the old bridge after engineers found cracks in two of its piers, the mayor said.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Der Stadtrat hat am Freitag beschlossen, die alte Brücke zu schließen, nachdem Ingenieure Risse in zwei Pfeilern gefunden hatten.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Le conseil municipal a décidé vendredi de fermer le vieux pont après que des ingénieurs ont découvert des fissures dans deux piliers.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'El consejo municipal decidió el viernes cerrar el viejo puente después de que los ingenieros encontraran grietas en dos pilares.',
      ),
    ).toBe('es');
  });
  it('reads a short English sentence as English, and short sentences of other languages as theirs', () => {
    // franc alone reads this one as German.
    expect(detectLanguage('The plane carried 148 passengers when it crashed near Velmar.')).toBe('en');
    // Controls: German, Dutch and French sentences of the same length.
    expect(detectLanguage('Das Flugzeug hatte 148 Passagiere an Bord, als es bei Velmar abstürzte.')).toBe(
      'de',
    );
    expect(
      detectLanguage('Het vliegtuig had 148 passagiers aan boord toen het bij Velmar neerstortte.'),
    ).toBe('nl');
    expect(detectLanguage("L'avion transportait 148 passagers lorsqu'il s'est écrasé près de Velmar.")).toBe(
      'fr',
    );
  });
  it('reads a short English sentence by its past tenses when it holds few function words', () => {
    // franc reads this one as French, and it holds one word only English writes (`said`).
    expect(
      detectLanguage(
        'Velmar heat\n\nTemperatures reached 43 degrees Celsius in Velmar on Monday, forecasters said.',
      ),
    ).toBe('en');
    // Controls: Dutch (`gebied`, `-oed`) and French sentences of the same shape.
    expect(
      detectLanguage(
        'Hitte in Velmar\n\nDe temperatuur in het gebied bereikte maandag 43 graden, zeer goed voor de stranden.',
      ),
    ).toBe('nl');
    expect(
      detectLanguage(
        'Chaleur à Velmar\n\nLes températures ont atteint 43 degrés Celsius à Velmar lundi, selon les prévisionnistes.',
      ),
    ).toBe('fr');
  });
  it('says und when there is too little text', () => {
    expect(detectLanguage('Read more')).toBe('und');
  });
});
