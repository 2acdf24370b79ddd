// A fictional wildfire told by six outlets the way fire coverage goes during a heatwave: a wire
// report, a second agency with the fire service's figures, a relay that passes on the wire and
// hedges it, the wire's update the next day, the local paper of the valley, and a climate
// explainer with a scientist. Places, people and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// A wildfire breaks out near Carvelle in the Orsanne valley (Sunday 18 July 2032) during a
// heatwave; by Monday 19 July it has burned 12,000 hectares; by Tuesday 20 July 18,500.
// Planted: the area burned on Monday `12,000 hectares` against the agency's `15,000 hectares`
// (quantity); the people evacuated `about 8,000` against `5,500` (count); the homes destroyed
// `140` against `95` (count); the containment on Monday `20 per cent` against `35 per cent`
// (quantity); the age of the injured firefighter `34` against `43` (age); the village where
// the fire started `Carvelle` against `Carvel` (name).
// Look-alikes, not conflicts: `12,000 hectares (29,650 acres)` (one value in two units); `41C
// (106F)` (one temperature in two scales); homes destroyed against homes damaged (two things);
// the area growing to 18,500 hectares on Tuesday (an update); containment 20 per cent on Monday
// against 45 per cent on Tuesday (an update); last year's fire at Brenmoor that burned 3,200
// hectares (background); `more than 2,000 firefighters` against `2,300` (a floor); the night's
// low of 27C against the day's high of 41C; the wind at 60 km/h (37 mph) and the local paper's
// gusts of 37 mph (one speed in two units); the explainer's 106F against the wire's 41C (one
// temperature); the scientist's 1.5C of warming (a commentator, and a change, not a temperature).
export const WILDFIRE: readonly TrialArticle[] = [
  article('wildfire/1-corran-wire.txt', '2032-07-19', [
    'Wildfire forces thousands to flee in Orsanne valley',
    'Corran Press',
    'By Lydia Marsh',
    '19 July 2032',
    'VESTRAL, Orsanne - A wildfire that broke out near the village of Carvelle on Sunday has burned 12,000 hectares (29,650 acres) of forest and farmland, the regional fire service said on Monday.',
    'About 8,000 people have been evacuated from villages in the valley, officials said.',
    'The fire has destroyed 140 homes, the fire service said.',
    'Firefighters had contained 20 per cent of the fire by Monday evening.',
    'More than 2,000 firefighters are battling the blaze, supported by 14 water-bombing aircraft.',
    'Temperatures reached 41C (106F) in Vestral on Sunday, the highest ever recorded in the region.',
    'A 34-year-old firefighter was seriously injured when a tree fell on his truck, the fire service said.',
  ]),
  article('wildfire/2-aldane-news.txt', '2032-07-19', [
    'Orsanne fire burns 15,000 hectares',
    'Aldane News Service',
    '19 July 2032',
    'A wildfire that started near Carvel on Sunday has burned 15,000 hectares, according to the regional fire service.',
    'The fire service said 5,500 people had been evacuated.',
    'The fire has destroyed 95 homes and damaged a further 300, the fire service said.',
    'The fire was 35 per cent contained on Monday, a spokeswoman for the fire service said.',
    'Some 2,300 firefighters are on the ground.',
    'Winds of up to 60 km/h (37 mph) were fanning the flames.',
    'The injured firefighter, aged 43, was taken to hospital in Vestral.',
  ]),
  article('wildfire/3-valleywatch.txt', '2032-07-19', [
    'Orsanne fire reportedly forces 8,000 to flee',
    'valleywatch.net',
    '19 July 2032',
    'About 8,000 people have reportedly been evacuated as a wildfire burns in the Orsanne valley, the Corran Press reported.',
    'The fire has reportedly burned 12,000 hectares.',
    'Temperatures were said to have reached 41C on Sunday.',
  ]),
  article('wildfire/4-corran-update.txt', '2032-07-20', [
    'Orsanne fire grows to 18,500 hectares',
    'Corran Press',
    'By Lydia Marsh',
    '20 July 2032',
    'VESTRAL, Orsanne - The wildfire in the Orsanne valley has grown to 18,500 hectares, the regional fire service said on Tuesday.',
    'Firefighters had contained 45 per cent of the fire by Tuesday afternoon, the fire service said.',
    'Cooler winds overnight helped crews, though the temperature fell only to a low of 27C during the night.',
    'Last year, a fire near Brenmoor burned 3,200 hectares.',
  ]),
  article('wildfire/5-orsanne-courier.txt', '2032-07-20', [
    'Carvelle families return to ashes',
    'The Orsanne Courier',
    'By Paul Tennet',
    '20 July 2032',
    'The fire that began near Carvelle on Sunday has destroyed 140 homes in the valley, the fire service said.',
    'Winds gusting up to 37 mph drove the flames towards the village on Sunday night.',
    'Mayor Elena Vasquin said the village school had been turned into a shelter for families who had lost their homes.',
    'The firefighter injured on Sunday, 34, is in a stable condition, his family said.',
  ]),
  article('wildfire/6-climate-desk.txt', '2032-07-20', [
    'Why the Orsanne fire spread so fast',
    'The Climate Desk',
    'By Nora Feld',
    '20 July 2032',
    'The Orsanne fire broke out during a heatwave that pushed temperatures to 106F in the valley on Sunday.',
    '"A summer like this was rare fifty years ago, and the world has warmed by about 1.5C since then," said Ansel Roeg, a climate scientist at the University of Vestral.',
    'Roeg said dry vegetation after a spring with little rain had let the fire spread quickly.',
  ]),
];
