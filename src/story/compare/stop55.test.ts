import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 55's invented stories (a landslide, a lorry's spilled load, a jewellery shop robbery, a
 * yacht's crew rescued), keyed before their first run: what the first run missed. Fictional
 * places, people and figures throughout.
 */
const undated = (headline: string, lines: string): string => `${headline}\n${lines}`;

describe('what robbers held, between them and their act (fact:armed-before-verb)', () => {
  const raid = (a: string) =>
    entries(
      story(
        undated('Gang robs Velloni jewellers', `${a} The shop is in the old town of Velloni.`),
        undated(
          'Jewellers robbed in Velloni',
          'Three armed men robbed a jewellery shop in Velloni on Monday.',
        ),
      ),
      'count',
    );
  it('`Four men armed with hammers robbed` is set against `Three armed men robbed`', () => {
    expect(raid('Four men armed with hammers robbed the Sarto jewellery shop on Monday.')).toEqual([
      ['Four men armed', 'Three armed men robbed'],
    ]);
    expect(raid('Four men wearing balaclavas robbed the Sarto jewellery shop on Monday.')).toEqual([
      ['Four men wearing balaclavas', 'Three armed men robbed'],
    ]);
  });
  it('control: four men armed with knives were seen later, no act of theirs told', () => {
    expect(raid('Witnesses saw four men armed with knives near the station.')).toEqual([]);
  });
});

describe('the vehicles the story’s culprits came or went on (fact:vehicles-travelled)', () => {
  const raid = (a: string) =>
    entries(
      story(
        undated(
          'Gang robs Velloni jewellers',
          `Three men robbed a jewellery shop in Velloni on Monday. The men arrived on two motorbikes. ${a}`,
        ),
        undated('Velloni robbery', `Three men robbed a jewellery shop in Velloni on Monday. ${a}`),
      ),
      'count',
    );
  const other = (b: string) =>
    entries(
      story(
        undated(
          'Gang robs Velloni jewellers',
          'Three men robbed a jewellery shop in Velloni on Monday. The men arrived on two motorbikes.',
        ),
        undated('Velloni robbery', `Three men robbed a jewellery shop in Velloni on Monday. ${b}`),
      ),
      'count',
    );
  it('`fled on three motorbikes` is set against `arrived on two motorbikes`', () => {
    expect(other('The gang fled on three motorbikes.')).toEqual([['three motorbikes', 'two motorbikes']]);
    expect(other('Police said the robbers sped off on three motorbikes.')).toEqual([
      ['three motorbikes', 'two motorbikes'],
    ]);
  });
  it("control: police's own vehicles, and vehicles found later, are other counts", () => {
    expect(other('Police arrived on three motorbikes minutes later.')).toEqual([]);
    expect(other('Police later found three motorbikes abandoned in a forest.')).toEqual([]);
    expect(raid('')).toEqual([]);
  });
});

describe('what thieves took, told by its worth (fact:sum-of-loot)', () => {
  const raid = (a: string) =>
    entries(
      story(
        undated(
          'Gang robs Velloni jewellers',
          'Three men robbed a jewellery shop in Velloni on Monday, escaping with watches and rings worth about 400,000 euros.',
        ),
        undated('Velloni robbery', `Three men robbed a jewellery shop in Velloni on Monday. ${a}`),
      ),
      'quantity',
    );
  it('`stole jewellery worth`, `made off with goods worth`, `were stolen` are set against it', () => {
    expect(raid('The robbers stole jewellery worth 600,000 euros, prosecutors said.')).toEqual([
      ['400,000 euros', '600,000 euros'],
    ]);
    expect(raid('They made off with goods worth 600,000 euros.')).toEqual([
      ['400,000 euros', '600,000 euros'],
    ]);
    expect(raid('Jewels worth 600,000 euros were stolen.')).toEqual([['400,000 euros', '600,000 euros']]);
  });
  it('control: the shop’s insurance, or goods police seized, are worth other sums', () => {
    expect(raid('Police seized watches worth 600,000 euros in a raid on a flat.')).toEqual([]);
    expect(raid('The shop holds stock worth 600,000 euros.')).toEqual([]);
  });
});

describe('how long a place went without power (fact:outage-span)', () => {
  const cut = (a: string) =>
    entries(
      story(
        undated('Power cut at Velloni hospital', `St Clara hospital in Velloni ${a}`),
        undated(
          'Velloni hospital blackout',
          'A cable fault hit St Clara hospital in Velloni on Monday. Electricity was cut for about two hours, the utility said.',
        ),
      ),
      'quantity',
    );
  it('`lost power for nearly five hours` is set against `Electricity was cut for about two hours`', () => {
    expect(cut('lost power for nearly five hours on Monday after a cable fault.')).toEqual([
      ['five hours', 'two hours'],
    ]);
    expect(cut('was without power for five hours on Monday after a cable fault.')).toEqual([
      ['five hours', 'two hours'],
    ]);
  });
  it('control: generators with enough power for five hours are a supply, and two hours agree', () => {
    expect(cut('has generators with enough power for five hours, and lost power on Monday.')).toEqual([]);
    expect(cut('lost power for two hours on Monday after a cable fault.')).toEqual([]);
  });
});

describe("a swarm's size, whatever noun counts its members (fact:size-of-swarm, fact:estimated-size)", () => {
  const swarm = (a: string) =>
    entries(
      story(
        undated('Locusts reach Dorvale', `${a} Farmers in Dorvale said crops were lost.`),
        undated(
          'Dorvale battles locusts',
          'A swarm of some 80 million locusts reached Dorvale on Sunday, the farm ministry said.',
        ),
      ),
      'count',
    );
  it('`The swarm, estimated at 150 million insects,` and `a swarm of 150 million insects` are set against it', () => {
    expect(swarm('The swarm, estimated at 150 million insects, reached Dorvale on Sunday.')).toEqual([
      ['150 million insects', '80 million locusts reached Dorvale'],
    ]);
    expect(swarm('A swarm of about 150 million insects reached Dorvale on Sunday.')).toEqual([
      ['150 million insects reached Dorvale', '80 million locusts reached Dorvale'],
    ]);
  });
  it('control: insects counted otherwise, and a swarm measured in square kilometres, are other figures', () => {
    expect(swarm('Scientists caught 150 million insects in traps last year.')).toEqual([]);
    expect(swarm('A swarm of one square kilometre eats as much as 35,000 people.')).toEqual([]);
  });
});

describe('a part told in hospital, its verb left out (fact:count-of-them-in-hospital)', () => {
  const fire = (a: string) =>
    entries(
      story(
        undated(
          'Lorry burns in Dorvale tunnel',
          `A lorry caught fire in the Dorvale tunnel on Wednesday. ${a}`,
        ),
        undated(
          'Dorvale tunnel fire',
          'A lorry caught fire in the Dorvale tunnel on Wednesday. Twelve people needed treatment and four were taken to hospital.',
        ),
      ),
      'count',
    );
  it('`three of them in hospital` is set against `four were taken to hospital`', () => {
    expect(fire('Twelve people were treated for smoke inhalation, three of them in hospital.')).toEqual([
      ['four', 'three of them'],
    ]);
  });
  it('control: `four of them at the scene` is no count of those in hospital', () => {
    expect(fire('Twelve people were treated for smoke inhalation, eight of them at the scene.')).toEqual([]);
  });
});

describe('the time it took to put a fire out (fact:duration-to-extinguish)', () => {
  const fire = (a: string) =>
    entries(
      story(
        undated('Dorvale warehouse fire', `A warehouse burned in Dorvale on Friday. ${a}`),
        undated(
          'Fire destroys Dorvale warehouse',
          'A warehouse burned in Dorvale on Friday. It took firefighters three hours to extinguish the blaze.',
        ),
      ),
      'quantity',
    );
  it('`needed six hours to put out the flames`, `was put out after six hours` are set against it', () => {
    expect(fire('Firefighters needed six hours to put out the flames.')).toEqual([
      ['six hours', 'three hours'],
    ]);
    expect(fire('The fire was put out after six hours.')).toEqual([['six hours', 'three hours']]);
  });
  it('control: the time to bring it under control is another span', () => {
    expect(fire('Firefighters needed six hours to bring the fire under control.')).toEqual([]);
  });
});

describe('how far inside a tunnel the event happened (fact:distance-inside)', () => {
  const fire = (a: string) =>
    entries(
      story(
        undated(
          'Lorry burns in Dorvale tunnel',
          `A lorry caught fire in the Dorvale tunnel on Wednesday. ${a}`,
        ),
        undated(
          'Dorvale tunnel fire',
          'A lorry caught fire in the Dorvale tunnel on Wednesday, about 2 km from the northern entrance.',
        ),
      ),
      'quantity',
    );
  it('`5 km inside the northern portal` is set against `about 2 km from the northern entrance`', () => {
    expect(fire('The fire started 5 km inside the northern portal.')).toEqual([['2 km', '5 km']]);
  });
  it('control: a town 5 km from the tunnel is no distance inside it', () => {
    expect(fire('Drivers were taken to Selm, 5 km from the tunnel.')).toEqual([]);
  });
});

describe('vessels held up by the story’s blockage (fact:held-up)', () => {
  const river = (a: string) =>
    entries(
      story(
        undated('Barge hits Dorvale bridge', `A barge struck the Dorvale bridge on Tuesday night. ${a}`),
        undated(
          'Dorvale bridge shut',
          'A barge struck the Dorvale bridge on Tuesday night. Some 40 vessels were stuck on the river by Wednesday.',
        ),
      ),
      'count',
    );
  it('`About 30 ships were waiting` is set against `Some 40 vessels were stuck`', () => {
    expect(river('About 30 ships were waiting on both sides of the bridge.')).toEqual([
      ['30 ships', '40 vessels'],
    ]);
  });
  it('control: ships counted otherwise, and people waiting, are other counts', () => {
    expect(river('The port handles 30 ships a week.')).toEqual([]);
    expect(river('About 30 passengers were waiting on the quay.')).toEqual([]);
  });
});
