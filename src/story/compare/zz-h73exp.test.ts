import { it } from 'vitest';
import { entries, story } from '../invented.fixture.js';
const report = (h: string, d: string, l: string) => `${h}\n${d}\n${l}`;
it('x', () => {
  const v = (a: string, b: string, k='count') => entries(story(report('Mass crash at Tour of Valdora','6: 20 p. m. June 6, 2041',a), report('Riders angry after crash','7: 05 p. m. June 6, 2041',b)),k);
  console.log(JSON.stringify([
   v('Five riders abandoned the race after the crash.','Eight riders abandoned the race, the organisers said.'),
   v('About 40 riders were brought down in a crash.\nFive riders abandoned the race after the crash.','More than 35 riders crashed on the descent.\nEight riders abandoned the race, the organisers said.'),
   v('The fire started on the ninth floor of Lanford Court on Sunday night.','The fire started on the 11th floor of Lanford Court on Sunday night.','quantity'),
   v('The fire broke out in a flat on the ninth floor of Lanford Court at about 11: 48 p. m.','Fire officials said the fire started on the 11th floor on Sunday night and spread quickly.','quantity'),
   v('The lift fell from the 17th floor shortly after 8: 50 a. m., as workers arrived.','The lift was carrying 11 people when it fell at about 9: 50 a. m., killing Mara Quill.','time'),
   v('The lift fell at about 8: 50 a. m., killing Mara Quill.','The lift fell at about 9: 50 a. m., killing Mara Quill.','time'),
  ]));
});
