// A fictional air crash told by six outlets the way such coverage goes: a wire report citing
// rescue officials and the airline, a second agency with the police's count and its own
// figures, a relay that passes on the first wire and hedges it, the local paper near the crash
// site with residents and victims' names, the wire's update a day later (the toll rises, the
// flight recorders are found) and an analysis with an aviation analyst. Countries, the
// airline, places, people and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// A passenger jet of Tarnic Airways, Flight 412 from Ostery to Kessin, crashes into a hillside
// near the village of Darvo, Valmark, shortly after take-off on Thursday 13 March 2031.
// Planted: the passengers `174` against `171` (count); the crew `six` against `eight` (count);
// the crash `at 7:42 a.m.` against `about 8:15 a.m.` (time); the captain `52` against `47`
// (age); the departure city `Ostery` against `Ostrey` (name); the survivors `seven` against
// `Nine` (count).
// Look-alikes, not conflicts: `180 people on board, 174 passengers and six crew` (parts of a
// whole); `Flight 412` and `Boeing 737-800` (no counts); `7:42 a.m. local time (0542 GMT)` and
// `just after 7:40 a.m.` (one moment); `at least 40` against `43`; the toll rising to 61 the
// next day (an update); the 2019 crash that killed 157 (background); `about 3,000 feet (900
// metres)` (a figure with its conversion); `The 12-year-old aircraft` against `a 12-year-old
// girl` (a thing's age, a passenger's age); the ages of two victims, `34` and `68` (two people);
// the analyst's `more than 5,000` aircraft in service (another count).
export const CRASH: readonly TrialArticle[] = [
  article('crash/1-brennic-wire.txt', '2031-03-13', [
    'At least 40 dead as Tarnic Airways jet crashes in Valmark',
    'Brennic News Agency',
    'By Sela Marrick',
    '13 March 2031',
    'OSTERY, Valmark - A Tarnic Airways passenger jet with 180 people on board, 174 passengers and six crew, crashed into a hillside shortly after take-off from Ostery on Thursday, killing at least 40 people, rescue officials said.',
    'Flight 412, a Boeing 737-800 bound for Kessin, went down at 7:42 a.m. local time (0542 GMT) near the village of Darvo, about 9 miles (15 kilometres) from the airport.',
    'Rescuers pulled seven survivors from the wreckage, the civil aviation authority said.',
    'The captain, Mirek Halloran, 52, had flown for the airline for 20 years, Tarnic Airways said in a statement.',
    'The 12-year-old aircraft had last been inspected in January, the airline said.',
    'In 2019, a crash of a Tarnic Airways plane near Kessin killed 157 people.',
  ]),
  article('crash/2-callis-agency.txt', '2031-03-13', [
    'Plane with 179 aboard crashes near Darvo, 43 killed',
    'Callis Wire',
    'By Jonas Fredd',
    '13 March 2031',
    'DARVO, Valmark - Forty-three people were killed when a Tarnic Airways plane carrying 171 passengers and eight crew members crashed near Darvo at about 8:15 a.m. on Thursday, police said.',
    'The plane had taken off from Ostrey for Kessin and had climbed to about 3,000 feet (900 metres) when it lost contact with air traffic control, police spokesman Anton Pell said.',
    'Nine people survived the crash and were taken to hospital, Pell said.',
    'The cause of the crash was not known, and the weather at the time was clear, the civil aviation authority said.',
  ]),
  article('crash/3-lindmoor-gazette.txt', '2031-03-13', [
    'https://www.lindmoorgazette.com/world/2031/03/13/valmark-plane-crash',
    'Dozens reportedly dead in Valmark plane crash',
    'The Lindmoor Gazette',
    '13 March 2031',
    'A Tarnic Airways passenger jet reportedly crashed into a hillside shortly after take-off from Ostery on Thursday, killing at least 40 people, according to Brennic News Agency.',
    'The plane was said to be carrying 180 people, 174 passengers and six crew.',
    'Seven survivors were reportedly pulled from the wreckage, the agency said.',
    'The plane went down at 0542 GMT, about 15 kilometres (9 miles) from the airport.',
  ]),
  article('crash/4-darvo-courier.txt', '2031-03-13', [
    'Darvo mourns as jet falls on hillside above the village',
    'Darvo Courier',
    'By Hanna Leske',
    '13 March 2031',
    'Residents of Darvo said they heard a loud bang just after 7:40 a.m. on Thursday, when a Tarnic Airways jet bound for Kessin came down on the hillside above the village.',
    '"The whole hill was on fire, and we could not get near it," said Ulla Brandt, 58, who runs a bakery in the village.',
    'The captain, Mirek Halloran, 47, grew up in Darvo and had flown for Tarnic Airways for two decades, his brother Tomas Halloran said.',
    'Among the dead were Pavel Grunn, 34, a teacher from Darvo, and Elena Marsh, 68, who was flying to visit her daughter in Kessin, their families said.',
    'The plane was carrying 174 passengers, the airline said.',
  ]),
  article('crash/5-brennic-update.txt', '2031-03-14', [
    'Valmark crash toll rises to 61; flight recorders found',
    'Brennic News Agency',
    'By Sela Marrick',
    '14 March 2031',
    "OSTERY, Valmark - The toll from Thursday's crash of Tarnic Airways Flight 412 near Darvo rose to 61 on Friday as rescuers recovered more bodies from the hillside, the civil aviation authority said.",
    'Investigators recovered both flight recorders from the wreckage on Friday, Transport Minister Ilse Varro said.',
    'Among the dead was a 12-year-old girl travelling with her parents, the airline said.',
    'The plane, with 180 people on board, crashed at 7:42 a.m. on Thursday, minutes after take-off from Ostery.',
  ]),
  article('crash/6-skyward-review.txt', '2031-03-14', [
    "Darvo crash puts Tarnic Airways' safety record under scrutiny",
    'Skyward Review',
    'By Paul Ardent',
    '14 March 2031',
    "Thursday's crash near Darvo is the second deadly accident for Tarnic Airways in 12 years.",
    'In 2019, a Tarnic Airways Boeing 737 crashed near Kessin, killing 157 people.',
    '"Accidents in the climb after take-off are rare, and they usually point to an engine failure or a crew that lost control," said Rona Vell, an aviation safety analyst at the Aero Safety Institute.',
    'Vell said the Boeing 737-800 was one of the most widely flown aircraft in the world, with more than 5,000 in service.',
  ]),
];
