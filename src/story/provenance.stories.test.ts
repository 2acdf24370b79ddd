import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../analyze.js';

/**
 * Whole fictional stories (issue 13), each with planted first-hand origins, relays and
 * commentators, one origin named in several ways, and wire copy: every planted speaker is
 * checked. The stories are invented; no text comes from a corpus.
 */
type Article = { location: string; known: { outlet?: string }; text: string };

function read(articles: Article[]) {
  const d = analyzeTexts(articles);
  const p = d.provenance;
  const file = new Map(d.documents.map((x) => [x.id, x.source.location ?? x.id]));
  const files = (ids: readonly string[]) => ids.map((i) => file.get(i)!).sort();
  const origins = (p.origins ?? []).map((o) => ({ label: o.label, files: files(o.documents) }));
  const relays = (p.relays ?? []).map((r) => ({
    label: r.label,
    of: r.of.map((id) => p.nodes.find((n) => n.id === id)?.label ?? id),
    files: files(r.documents),
  }));
  const commentators = (p.commentators ?? []).map((c) => c.label);
  /** The one origin whose label matches (two would be a split). */
  const origin = (label: RegExp) => {
    const hits = origins.filter((o) => label.test(o.label));
    expect(
      hits.map((h) => h.label),
      String(label),
    ).toHaveLength(1);
    return hits[0]!;
  };
  const noOrigin = (label: RegExp) => expect(origins.filter((o) => label.test(o.label))).toEqual([]);
  const commentator = (label: RegExp) =>
    expect(
      commentators.some((c) => label.test(c)),
      String(label),
    ).toBe(true);
  return { origins, relays, commentators, origin, noOrigin, commentator };
}

const CRASH: Article[] = [
  {
    location: 'herald.txt',
    known: { outlet: 'Brindle Herald' },
    text: `Four dead as coach overturns near Marrow Bridge

A coach carrying 32 passengers overturned on the Marrow Bridge road on Tuesday night, killing four people, police said.

The Lowmarsh County Sheriff's Office said the driver, a 51-year-old man from Fenwick, had been taken to St Agnes Hospital with serious injuries.

"The coach swerved and then it just rolled over," said Petra Holm, who was driving behind it. "I saw people climbing out of the windows."

The operator, Greyline Coaches, said in a statement that it was cooperating fully with investigators.

The Herald has learned that the coach failed a brake inspection in March.

Aaron Vile, a professor of transport engineering at Fenwick University, said the road should have been closed years ago.

Sheriff's spokesman Lt. Dana Crowe said the road would remain closed until Thursday.
`,
  },
  {
    location: 'radio.txt',
    known: { outlet: 'Coast Radio' },
    text: `Coach crash: brakes had failed inspection

Four people died when a coach overturned near Marrow Bridge late on Tuesday, according to the Brindle Herald.

The coach had failed a brake inspection in March, as first reported by the Herald.

Deputies with the county sheriff's office said the driver survived the crash.

The Road Victims Alliance, a campaign group, called for a public inquiry. "This tragedy was entirely preventable," said its director, Mona Sledge.

Greyline Coaches spokeswoman Tara Finch said the company had suspended all services on the route.
`,
  },
  {
    location: 'post.txt',
    known: { outlet: 'Fen Post' },
    text: `Four killed in coach crash

MARROW BRIDGE, June 3 (Pressline) - Four people were killed when a coach overturned on a rural road late on Tuesday, the sheriff's office said on Wednesday.

Twenty-eight passengers were treated in hospital, sheriff's office spokesman Dana Crowe told reporters. The coach was travelling from Fenwick to the coast.

Greyline Coaches, which operates the route, said it would pay for the funerals of the victims.

Transport safety campaigners said the crash showed the need for stricter inspections.
`,
  },
  {
    location: 'weekly.txt',
    known: { outlet: 'Marsh Weekly' },
    text: `Coach crash near Marrow Bridge kills four

MARROW BRIDGE, June 3 (Pressline) - Four people were killed when a coach overturned on a rural road late on Tuesday, the sheriff's office said on Wednesday.

Twenty-eight passengers were treated in hospital, sheriff's office spokesman Dana Crowe told reporters. The coach was travelling from Fenwick to the coast.

Greyline Coaches, which operates the route, said it would pay for the funerals of the victims.
`,
  },
];

const RECALL: Article[] = [
  {
    location: 'wire1.txt',
    known: { outlet: 'Daily Ledger' },
    text: `Norwell recalls 400,000 heaters over fire risk

(Meridian) - Norwell Appliances is recalling 400,000 space heaters sold in the past two years because they can overheat and catch fire, the company said on Monday.

The Consumer Product Safety Board (CPSB) said it had received 112 reports of heaters overheating, including nine fires.

A CPSB spokeswoman said no injuries had been reported.

"Safety is our first priority," Norwell chief executive Ilse Brandt said in a statement.

Joel Markey, an analyst at Harrow Capital, said the recall could cost the company up to $30 million.
`,
  },
  {
    location: 'wire2.txt',
    known: { outlet: 'Coastline Business' },
    text: `Norwell heater recall

(Meridian) - Norwell Appliances is recalling 400,000 space heaters sold in the past two years because they can overheat and catch fire, the company said on Monday.

The Consumer Product Safety Board (CPSB) said it had received 112 reports of heaters overheating, including nine fires.

"Safety is our first priority," Norwell chief executive Ilse Brandt said in a statement.
`,
  },
  {
    location: 'times.txt',
    known: { outlet: 'Fenwick Times' },
    text: `Heater maker recalls 400,000 units after fires

Norwell Appliances said on Monday it would recall 400,000 space heaters after reports of overheating.

The safety board said the heaters had caused nine fires. Customers should stop using them at once, the board said.

Norwell's chief executive, Ilse Brandt, said the company would refund every customer.

The Fair Homes Consumer Alliance said the recall came too late. "Families were put at risk for months," said Rita Cole, the group's president.

Shares in Norwell fell 6 percent, Reuters reported.
`,
  },
];

const ELECTION: Article[] = [
  {
    location: 'bulletin.txt',
    known: { outlet: 'Capital Bulletin' },
    text: `Lanmark wins Valdoria presidency

Opposition leader Ana Lanmark won Sunday's presidential election in Valdoria with 54 percent of the vote, the Independent Electoral Commission (IEC) said on Monday.

IEC chairwoman Ruth Obi said turnout was 71 percent, the highest since 1994.

Lanmark told supporters in the capital that she would form a government within two weeks. "Tonight the people of Valdoria have chosen change," she said.

Outgoing president Victor Sand conceded defeat in a televised address.

Observers from the Regional Monitoring Mission said the vote had been largely peaceful.

Paul Dray, a political scientist at Valdoria National University, said Lanmark would struggle to pass laws without a majority in parliament.
`,
  },
  {
    location: 'observer.txt',
    known: { outlet: 'Northern Observer' },
    text: `http://www.northernobserver.example/world/valdoria-election-lanmark-wins

Lanmark declared winner in Valdoria

Ana Lanmark has won the presidency of Valdoria, according to official results published by the electoral commission.

The commission said Lanmark received 54 percent of the vote against 43 percent for Victor Sand.

An exit poll for Channel 9 had predicted a narrower win.

Two senior officials in Sand's party told the Northern Observer that the president had been advised to concede early on Monday.

The Valdorian Human Rights League welcomed the peaceful transfer of power. "This is a good day for democracy," said the league's director, Omar Feld.
`,
  },
  {
    location: 'daily.txt',
    known: { outlet: 'Harbour Daily' },
    text: `Valdoria elects Lanmark

Ana Lanmark won Valdoria's presidential election, the Northern Observer reported on Monday, citing official results.

The president conceded after senior party officials urged him to do so, the Observer reported.

The electoral commission put turnout at 71 percent.

Neighbouring Castria congratulated Lanmark on her victory.
`,
  },
];

const QUAKE: Article[] = [
  {
    location: 'express.txt',
    known: { outlet: 'Morning Express' },
    text: `Quake kills 31 in northern Tessaly

A magnitude 6.2 earthquake struck northern Tessaly early on Saturday, killing at least 31 people and injuring more than 200, the Interior Ministry said.

The National Seismology Centre said the quake hit at 4:12 a.m. at a depth of 10 kilometres near the town of Orvel.

Interior Ministry spokesman Daniel Petros said rescue teams were still searching the ruins of two apartment blocks.

"I heard a roar and then the walls came down," said Lina Marek, 34, who escaped from one of the buildings with her two children.

The Tessaly Red Crescent said it had set up shelters for 3,000 people.

Seismologist Hugo Brandl of Orvel Technical University said the region was overdue for a large quake and that building rules had not been enforced.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Gulf Times Online' },
    text: `ORVEL, Tessaly, May 9 (Continental Press) - At least 31 people were killed when a strong earthquake struck northern Tessaly on Saturday, the interior minister said.

Interior Minister Sara Kallis told reporters that more than 200 people had been injured, 40 of them seriously.

The country's seismology centre measured the quake at 6.2.

State news agency TNA reported that power had been cut across the province.

The UN refugee agency (UNHCR) said it was sending tents and blankets. A UNHCR spokesman in Geneva said the agency stood ready to help.
`,
  },
  {
    location: 'chronicle.txt',
    known: { outlet: 'Tessaly Chronicle' },
    text: `Orvel quake: death toll rises to 31

The ministry of the interior said on Saturday that 31 people had died in the earthquake.

A spokesman for the ministry said search efforts would continue through the night.

According to the National Seismology Centre (NSC), the quake measured 6.2. NSC director Ilya Voss said aftershocks were likely for several days.

Residents said many buildings in the old town had collapsed. "My neighbour's house is gone," said Petr Halas, a baker.

Amnesty Watch, a human rights group, criticised the government's response as slow.
`,
  },
];

const DOPING: Article[] = [
  {
    location: 'gazette.txt',
    known: { outlet: 'Sport Gazette' },
    text: `Sprinter Kira Dalen banned for four years

Olympic sprinter Kira Dalen has been banned for four years after testing positive for a banned steroid, the National Anti-Doping Agency (NADA) said on Thursday.

NADA chief executive Tomas Rehn said the sample had been taken at an out-of-competition test in Lisbon in March.

Dalen's lawyer, Marta Quist, said her client would appeal to the Court of Arbitration for Sport. "Kira has never knowingly taken a banned substance," Quist said.

The International Athletics Union said Dalen's results since March would be annulled.

Anders Molk, a sports physiologist at Kessel University, said the steroid was rarely found in contaminated supplements.

Former world champion Leo Brandt, now a television pundit, said the ban was a blow to the sport.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Nordic Sports Daily' },
    text: `OSLAND, June 12 (Polar News) - Sprinter Kira Dalen has been banned for four years for doping, the national anti-doping agency said on Thursday.

An agency spokeswoman, Hanne Brisk, told reporters that the athlete had been informed on Wednesday.

Dalen denied wrongdoing in a post on social media.

Her coach, Per Lund, said he was shocked by the decision.
`,
  },
  {
    location: 'times.txt',
    known: { outlet: 'Osland Times' },
    text: `Dalen faces four-year ban

Kira Dalen has been banned for four years, the Sport Gazette reported on Thursday, citing the anti-doping agency.

The laboratory report, seen by the Gazette, showed traces of the steroid in two samples.

The agency declined to comment on the laboratory findings.

The athletes' union said the testing process had been fair.

Ina Solberg, a lawyer who specialises in sports law, said an appeal was unlikely to succeed.

Analysts said the ban could cost Dalen her sponsors.
`,
  },
  {
    location: 'radio.txt',
    known: { outlet: 'Valley Radio' },
    text: `Dalen appeal

Kira Dalen will appeal against her four-year doping ban, her lawyer told Valley Radio on Friday.

The International Athletics Union confirmed that her results from the spring had been struck off.

Fans outside the stadium said they were disappointed.
`,
  },
];

const WILDFIRE: Article[] = [
  {
    location: 'courier.txt',
    known: { outlet: 'Ridge Courier' },
    text: `Wildfire forces 9,000 from homes near Pell Valley

A wildfire has burned 12,000 acres near Pell Valley and forced 9,000 people from their homes, the Calder Fire Service said on Sunday.

Fire Service spokesman Owen Tal said the blaze was 10 percent contained.

Pell Valley's public safety director, Rosa Imber, said two shelters had been opened at local schools.

Pell Valley police said officers had gone door to door in the night to warn residents.

"The sky turned orange and then we saw flames on the ridge," said Gina Hollis, who fled with her three children.

A witness said the fire had jumped the highway within minutes.

Dr. Sam Okoro, a climate scientist at Wexley University, said hotter summers made such fires more likely.
`,
  },
  {
    location: 'ap.txt',
    known: { outlet: 'Valley News' },
    text: `Pell Valley fire grows

PELL VALLEY, Aug 4 (Capitol Wire) - A wildfire near Pell Valley has burned 12,000 acres and forced thousands to flee, fire officials said on Sunday.

The National Weather Office said winds of up to 50 mph were expected on Monday.

Ember Power, the local utility, said it had cut power to 20,000 customers as a precaution.

State Senator Dale Frye, a Republican, said the state had failed to clear brush from public land.
`,
  },
  {
    location: 'sun.txt',
    known: { outlet: 'Bay Sun' },
    text: `Pell Valley blaze: thousands evacuated

Thousands of people have fled a wildfire near Pell Valley, the Ridge Courier reported on Sunday, citing fire officials.

Rosa Imber, the town's public safety director, told the Courier that no deaths had been reported.

The weather office warned that the wind would pick up overnight.

The utility said power would be restored once the fire had passed.
`,
  },
  {
    location: 'post.txt',
    known: { outlet: 'Calder Post' },
    text: `Fire near Pell Valley 10 percent contained

The Pell Valley fire was 10 percent contained on Sunday evening, the fire service said.

Officials said 9,000 people had been evacuated.

Reports said several barns had burned.

Pell Valley Mayor Joan Ridley said the town would rebuild. "We are a strong community," she said.

Environmental group Green Ridge Alliance said the fire showed the cost of climate inaction.

Ada Crane, an opponent of a new power line, said the utility had ignored the risk for years.
`,
  },
];

const FRAUD: Article[] = [
  {
    location: 'ledger.txt',
    known: { outlet: 'Harlow Ledger' },
    text: `Former mayor charged with fraud

Former Harlow mayor Dennis Crane was charged on Tuesday with stealing $2 million from the city's pension fund, prosecutors said.

District Attorney Leah Moss said Crane had used the money to buy a lake house and two boats.

The indictment says Crane moved money from the fund to a shell company over six years.

Crane's attorney, Victor Hale, said his client would plead not guilty.

Dana Pruitt, a professor at Harlow Law School, said fraud cases of this size usually ended in a plea deal.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Metro Daily' },
    text: `HARLOW, March 3 (Statewide Press) - A former mayor of Harlow was charged on Tuesday with stealing $2 million from a city pension fund, the district attorney said.

Moss told reporters that the investigation had begun after an audit by the state comptroller.

The comptroller's office said the audit had found gaps in the fund's accounts.

Crane did not return calls seeking comment.
`,
  },
  {
    location: 'chronicle.txt',
    known: { outlet: 'Harlow Chronicle' },
    text: `Crane pleads not guilty

Dennis Crane pleaded not guilty on Wednesday to charges that he stole from the city's pension fund, the Harlow Ledger reported.

Judge Alan Voss set bail at $250,000.

The district attorney's office said it would seek a prison term of at least ten years.

Council member Rita Ames, a longtime critic of Crane, said the council should have acted years ago.
`,
  },
  {
    location: 'tv.txt',
    known: { outlet: 'Channel 4 Harlow' },
    text: `Ex-mayor in court

Former mayor Dennis Crane appeared in court on Wednesday, the prosecutor's office said.

Prosecutors said Crane faces up to 20 years in prison if convicted.

Judge Voss told Crane he must surrender his passport.

Bea Lorne, who runs a bakery on Main Street, said Crane should repay every cent.

Residents said they felt betrayed.
`,
  },
];

const ROW: Article[] = [
  {
    location: 'globe.txt',
    known: { outlet: 'Capital Globe' },
    text: `Marovia expels Castrian diplomats

Marovia expelled four Castrian diplomats on Tuesday, accusing them of spying, the Marovian Foreign Ministry said.

Foreign Ministry spokeswoman Irina Toll said the diplomats had 48 hours to leave the country.

The Castrian embassy in Lorsk said the accusations were baseless.

Castria's foreign minister, Paulo Grisi, told state television that his country would respond in kind.

"This is the worst moment in our relations for twenty years," said Nadia Fenn, a senior fellow at the Lorsk Institute for Strategy.

Opposition MP Karl Denz said the government had acted too slowly.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Eastern Herald' },
    text: `LORSK, Oct 2 (Tidewire) - Marovia ordered four Castrian diplomats to leave within 48 hours on Tuesday, saying they had spied for Castria, the foreign ministry said.

A ministry spokeswoman said the four had tried to recruit officials in the defence ministry.

Castria denied the charge. Its embassy said it would lodge a protest.

Diplomats in Lorsk said the expulsions had been expected for weeks.
`,
  },
  {
    location: 'news.txt',
    known: { outlet: 'Marovia News Online' },
    text: `Castria vows response to expulsions

Castria will expel Marovian diplomats in return, foreign minister Paulo Grisi said on Wednesday, according to the Castrian news agency CNA.

Grisi said the decision had been taken at a meeting of the security council.

The expulsions came days after the Capital Globe reported that Castrian agents had photographed a navy base.

Western diplomats said they feared the row would spread.

Political analyst Omar Reiss said both governments needed the row for domestic reasons.
`,
  },
  {
    location: 'tv.txt',
    known: { outlet: 'TV Nord' },
    text: `Marovia-Castria row deepens

The Marovian foreign ministry summoned Castria's ambassador on Wednesday, the ministry said in a statement.

The ambassador, Lena Voss, told reporters after the meeting that she had rejected the charges.

According to a government source, Marovia is preparing further expulsions.

Residents of Lorsk said they were worried about trade with Castria.
`,
  },
];

const BLAST: Article[] = [
  {
    location: 'ledger.txt',
    known: { outlet: 'Tarn Ledger' },
    text: `Blast at chemical plant injures 14

An explosion at the Verco Chemicals plant in Tarn injured 14 workers on Thursday, the company said.

Tarn Fire Chief Nina Polk said the blaze had been put out by 9 p.m.

The Chemical Safety Agency (CSA) said it had sent a team of investigators to the site.

Plant manager Erik Sund said the cause was not yet known.

"We heard a huge bang and the windows shook," said Maja Ort, who lives across the road.

Union steward Bo Lind said workers had complained about leaking valves for months.

Professor Jan Holt, a chemical engineer, said such blasts were usually caused by a build-up of gas.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Coast Daily' },
    text: `TARN, April 9 (Meridian Wire) - An explosion at a chemical plant in Tarn injured 14 workers on Thursday, fire officials said.

Verco Chemicals, which owns the plant, said eight of the injured were in hospital.

A spokesman for the Chemical Safety Agency said investigators would arrive on Friday.

The state's environment secretary, Mila Ruud, said air quality tests had found no danger to residents.
`,
  },
  {
    location: 'post.txt',
    known: { outlet: 'Tarn Post' },
    text: `Verco blast: workers warned of leaks

Workers at the Verco plant had warned managers about leaking valves, the Tarn Ledger reported on Friday.

A company spokeswoman told the Post that the valves had been checked in January.

The safety agency said it would publish its findings within three months.

Firefighters said the fire spread to a second building.

Green group EarthFirst Tarn called for the plant to be closed.
`,
  },
  {
    location: 'radio.txt',
    known: { outlet: 'Radio Tarn' },
    text: `Plant blast

Fourteen workers were hurt in an explosion at the Verco Chemicals plant on Thursday, the fire department said.

Hospital officials said two of the workers were in a serious condition.

Verco chief executive Hans Brink said the company would pay for the workers' treatment.
`,
  },
];

const RECOUNT: Article[] = [
  {
    location: 'times.txt',
    known: { outlet: 'Veldt Times' },
    text: `Recount confirms Moreau victory in Estrel

A recount of the Estrel governor's race has confirmed Lucie Moreau as the winner by 1,204 votes, the State Board of Elections said on Friday.

Board chairman Victor Amsel said the recount had found no evidence of fraud.

Moreau's campaign manager, Theo Brac, said she would be sworn in on January 5.

Her opponent, Gil Hart, said in a statement that he accepted the result. "The voters have spoken," Hart said.

Election officials in Dunmore County said 212 ballots had been set aside because the signatures did not match.

"It was the cleanest count I have seen in thirty years," said Rosa Lind, a poll worker in Dunmore.

Carla Wendt, who teaches election law at Estrel State University, said the margin was too large for a court challenge to succeed.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Plains Journal' },
    text: `DUNMORE, Nov 20 (Statewire) - A recount in the Estrel governor's race confirmed Democrat Lucie Moreau's win, the state elections board said on Friday.

The board said Moreau won by 1,204 votes out of 2.1 million cast.

Republican Gil Hart conceded the race.

The Estrel Republican Party chairman, Dean Kolb, said the party would not go to court.
`,
  },
  {
    location: 'radio.txt',
    known: { outlet: 'KVET Radio' },
    text: `Moreau win confirmed

Governor-elect Lucie Moreau said on Friday she would name her cabinet next week.

A spokesman for the governor-elect, Theo Brac, said her first act would be a budget review.

The elections board certified the results on Friday afternoon, officials said.

Voters in Dunmore told KVET they were relieved the count was over.
`,
  },
  {
    location: 'blog.txt',
    known: { outlet: 'Estrel Politics Blog' },
    text: `Recount over

The recount is over and Lucie Moreau has won, the Veldt Times reported on Friday.

Gil Hart told the Times that he would not run again.

The Veldt Times also reported that 212 ballots in Dunmore County were set aside.

Mark Rusk, a Republican strategist, said Hart had run a poor campaign.
`,
  },
];

const OUTBREAK: Article[] = [
  {
    location: 'tribune.txt',
    known: { outlet: 'Lakeside Tribune' },
    text: `Cholera outbreak kills 12 in Port Ambo

A cholera outbreak has killed 12 people in the port city of Ambo, the Health Ministry said on Monday.

Health Minister Dr. Amara Sesay said 340 cases had been confirmed since June 2.

The World Health Organization (WHO) said it was sending 50,000 doses of vaccine.

Doctors at Ambo General Hospital said wards were full. "We are treating patients on the floor," said Dr. Kofi Mensah, the hospital's medical director.

Ambo's mayor, Grace Tembo, said the city's water supply had been contaminated by flooding.

Medecins Sans Frontieres (MSF) said it had opened two treatment centres.

Peter Okello, an epidemiologist at Lakeside University, said the outbreak could spread to neighbouring countries.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Daily Nation Online' },
    text: `AMBO, July 10 (Sahel Press) - Cholera has killed 12 people in Ambo, the health ministry said on Monday.

A ministry spokesman said most of the victims were children.

The WHO said the risk to the region was high.

Residents said they had been drinking water from wells since the floods.
`,
  },
  {
    location: 'radio.txt',
    known: { outlet: 'Radio Coast' },
    text: `Ambo cholera toll rises

The death toll from cholera in Ambo has risen to 15, the health minister told Radio Coast on Tuesday.

Sesay said the government had closed all markets in the city.

An MSF spokeswoman, Julie Dubois, said the centres were treating 80 patients a day.

Opposition health spokesman Joseph Ndlovu said the government had ignored warnings about the water system.
`,
  },
  {
    location: 'post.txt',
    known: { outlet: 'Ambo Post' },
    text: `Mayor blames floods

Ambo's water was contaminated when floods damaged the main treatment plant, Mayor Grace Tembo said.

The city's water board said repairs would take two weeks.

According to the hospital, 40 patients remain in intensive care.

Aid agencies said more funding was needed.
`,
  },
];

const LEAK: Article[] = [
  {
    location: 'gazette.txt',
    known: { outlet: 'Harbour Gazette' },
    text: `Chemical leak at Tarsk refinery forces evacuation

About 900 residents of Vell were evacuated on Sunday after a chlorine leak at the Tarsk Petroleum refinery, the Environment Ministry said.

A company spokeswoman said the leak had been stopped by Sunday evening and that no workers had been hurt.

The Gazette has learned that the valve that failed had been reported faulty twice this year.

"We could smell it from the school," said Orla Brenn, who lives beside the refinery gates.
`,
  },
  {
    location: 'courier.txt',
    known: { outlet: 'Coast Courier' },
    text: `Refinery leak: valve reported faulty

About 900 people were moved from their homes in Vell on Sunday after a chlorine leak, the Harbour Gazette reported, citing the Environment Ministry.

A spokesman for the company said an inquiry had begun.

The ministry said air quality in the town was back to normal by Monday morning.

Ruth Vance, a professor of chemical engineering at Marlow University, said such valves should be replaced every five years.
`,
  },
  {
    location: 'post.txt',
    known: { outlet: 'Evening Post' },
    text: `Minister orders refinery inspection

Environment Minister Karl Odde told the Evening Post on Monday that inspectors would visit every refinery in the province.

Tarsk Petroleum chief executive Lena Holt said the company would pay for residents' hotel rooms.

Ivo Stahl, an energy analyst at Brightwater Securities, said the leak could delay the refinery's sale.
`,
  },
  {
    location: 'radio.txt',
    known: { outlet: 'Vell Radio' },
    text: `Vell residents return home

Residents of Vell returned home on Monday, a day after a chlorine leak at the Tarsk refinery, Environment Minister Karl Odde told the Evening Post.

A Tarsk Petroleum spokeswoman, Mia Sund, told Vell Radio that the valve had passed its last inspection.

Fire crews said they had sealed the leak within three hours.
`,
  },
  {
    location: 'daily.txt',
    known: { outlet: 'Province Daily' },
    text: `Refinery leak: questions over inspections

The Harbour Gazette reported on Monday that the valve had been reported faulty twice this year.

Former deputy environment minister Jon Brask said the government had cut the inspection budget.

Dana Ilse, a senior fellow at the Northgate Policy Institute, said refineries were too close to homes.
`,
  },
];

const KIDNAP: Article[] = [
  {
    location: 'tribune.txt',
    known: { outlet: 'Lorsk Tribune' },
    text: `Two Castrian engineers kidnapped near Orbe

Gunmen seized two Castrian engineers from a road construction camp near Orbe on Tuesday, the Lorsk Interior Ministry said.

The Castrian embassy in Lorsk said it was in contact with the families of the two men.

"They came at night in two trucks and took the foreigners," said Samir Ekto, a cook at the camp who saw the attack.

Former Castrian ambassador Oskar Hale said such kidnappings were usually about ransom.

Mila Varga, a security expert at the Eastgate Institute, said the region had seen five kidnappings this year.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Continental Wire' },
    text: `ORBE, May 4 (Continental Wire) - Two engineers from Castria were abducted near Orbe on Tuesday, officials said.

Its embassy said the two men worked for Brenner Roads, a Castrian building firm.

A witness said the gunmen wore army uniforms.

Brenner Roads said in a statement that all its other staff in the region were safe.
`,
  },
  {
    location: 'herald.txt',
    known: { outlet: 'Castria Herald' },
    text: `Engineers taken in Lorsk: what we know

Two engineers from Castria were kidnapped near Orbe in Lorsk on Tuesday, the country's embassy said.

A spokesman for the embassy said there had been no ransom demand.

A company spokeswoman said the firm had suspended work at the camp.

Ines Pol, who teaches international relations at Castria University, said the government should not pay a ransom.
`,
  },
  {
    location: 'observer.txt',
    known: { outlet: 'Orbe Observer' },
    text: `Kidnap: witness describes night raid

Camp cook Samir Ekto said the gunmen had come shortly after midnight.

The Interior Ministry said troops were searching the hills north of Orbe.

Another witness, driver Tomas Reb, said he heard several shots.

Lorsk's former interior minister Pavel Dren said the army had lost control of the region.
`,
  },
];

const DERAIL: Article[] = [
  {
    location: 'star.txt',
    known: { outlet: 'Morrow Star' },
    text: `Freight train derails outside Kessing

A freight train carrying grain derailed outside Kessing on Thursday morning, the National Rail Safety Authority (NRSA) said.

Twelve of the train's forty wagons left the track near the Aller river crossing, NRSA head Gert Vahl told reporters.

"There was a bang like thunder and then the wagons were on their sides," said witness Hana Loft, who was walking her dog by the line.

The train's operator, Norrail Freight Ltd, said the driver was unhurt.
`,
  },
  {
    location: 'journal.txt',
    known: { outlet: 'Kessing Journal' },
    text: `Derailment: track had been repaired last month

The NRSA said on Thursday its inspectors were examining a section of track repaired in October.

A witness said the train had been going fast just before it left the rails.

Norrail chief executive Dora Lind said the company would cooperate with the authority.

The Valley Journal reported, citing Norrail, that the wagons were carrying 2,000 tonnes of wheat.
`,
  },
  {
    location: 'news.txt',
    known: { outlet: 'Aller News' },
    text: `Grain train derailment closes Kessing line

The line between Kessing and Aller will stay closed until Monday, Gert Vahl, the head of the rail safety authority, said on Friday.

Vahl said the cause was not yet known.

A company spokesman said replacement buses would run for passengers.

Kai Lenz, a former rail inspector, said the bridge approach had long been a weak point.
`,
  },
  {
    location: 'daily.txt',
    known: { outlet: 'Morrow Daily' },
    text: `Rail line closed after derailment

A train left the tracks near Kessing on Thursday, the Valley Journal reported, citing the rail safety authority.

The Daily Courier reported that the track had been repaired in October, citing unnamed officials.

Transport minister Ruth Oden said the government would wait for the authority's report.

Leon Hart, a transport fellow at the Meridian Policy Forum, said freight lines had been underfunded for years.
`,
  },
];

const STRIKE: Article[] = [
  {
    location: 'globe.txt',
    known: { outlet: 'Tessaly Globe' },
    text: `Dock workers strike shuts Port Varo

Dock workers at Port Varo walked out on Monday in a dispute over pay, the Varo Dockers Union (VDU) said.

VDU general secretary Marek Oltz said 3,000 members had joined the strike.

The Port Varo Authority said no ships had been loaded since midnight.

Retired admiral Hugo Senn said the strike exposed the country's dependence on one port.

Greta Faul, a criminologist at the Tessaly Institute of Justice, said pickets rarely turned violent.

Transparency Watch, an anti-corruption group, said the port's accounts should be published.
`,
  },
  {
    location: 'wire.txt',
    known: { outlet: 'Tessaly Wire' },
    text: `VARO, March 2 (Tessaly Wire) - A strike by dock workers closed Port Varo on Monday.

Oltz, the union's leader, said the walkout would last until the port offered a 9 percent raise.

A spokeswoman for the port authority, Kira Dahl, said the offer of 4 percent stood.

Legal experts said the strike was lawful.

"Every day of this strike costs the economy 20 million," said Piet Rau, chief economist at Varo Bank.

Observers said the government was unlikely to intervene.
`,
  },
  {
    location: 'times.txt',
    known: { outlet: 'Varo Times' },
    text: `Port strike: shippers count the cost

The union said 3,000 dockers had stopped work.

Dahl said talks would resume on Wednesday.

Labour Minister Elsa Brun said the government would not take sides.

Veteran union negotiator Ole Kamp, who led the 2009 strike, said the dockers had a strong case.

Author Lina Vost, who wrote a history of the port, said strikes had shaped the city.

"I watched the gates close at six," said Ines Mahr, a crane driver at the port.
`,
  },
  {
    location: 'radio.txt',
    known: { outlet: 'Coast FM' },
    text: `Strike at Port Varo

The dockers' union said the strike would go on.

Port authority head Anton Wirth said the port was losing 2 million a day.

A lawyer not involved in the case said the union had followed the rules.

Independent analyst Rosa Jang said the government would come under pressure within days.
`,
  },
];

const FLOOD: Article[] = [
  {
    location: 'a.txt',
    known: { outlet: 'Delta Post' },
    text: `Floods cut off 40 villages in Orm valley

Floods have cut off 40 villages in the Orm valley, the World Food Agency (WFA) said on Tuesday.

WFA chief Ilse Kohl said food stocks in the valley would last a week.

Dr. Omar Safi, director of Hill Hospital in Orm, said 60 people had been treated for injuries.

Mayor Ines Lark said the town's bridge had been swept away.

The United Nations said it was sending emergency teams.
`,
  },
  {
    location: 'b.txt',
    known: { outlet: 'Orm Herald' },
    text: `Aid reaches Orm valley by air

The WFA said helicopters had dropped 30 tonnes of food.

Kohl said more aid was on its way.

The hospital's director said supplies of antibiotics were running low.

Lark, the town's mayor, said 200 homes had been flooded.

UN spokesman Piet Amar said teams had reached the valley.
`,
  },
  {
    location: 'c.txt',
    known: { outlet: 'River News' },
    text: `Orm floods: the latest

The aid agency's chief said road access could take weeks to restore.

Safi said the hospital needed generators.

The mayor's office said a shelter had opened at the school.

The UN said 12,000 people needed help.

A UN spokeswoman said a second team would arrive on Friday.
`,
  },
];

describe('who says it, on whole fictional stories', () => {
  it('a doping ban: an agency spokeswoman named by the kind of body; capitalised and specialist commentators', () => {
    const s = read(DOPING);
    // `the National Anti-Doping Agency (NADA)`, `NADA chief executive Tomas Rehn`, `the national
    // anti-doping agency`, `An agency spokeswoman, Hanne Brisk`, `citing the anti-doping agency`.
    expect(s.origin(/Anti-Doping|NADA|Rehn|Brisk/i).files).toEqual(['gazette.txt', 'times.txt', 'wire.txt']);
    s.noOrigin(/Brisk/);
    s.origin(/International Athletics Union/);
    // `Dalen's lawyer, Marta Quist` and, in another article, `her lawyer told Valley Radio`.
    expect(s.origin(/Marta Quist|lawyer/).files).toEqual(['gazette.txt', 'radio.txt']);
    expect(s.origin(/Polar News/).files).toEqual(['wire.txt']);
    expect(s.relays).toContainEqual({ label: 'Osland Times', of: ['Sport Gazette'], files: ['times.txt'] });
    // `a lawyer who specialises in sports law`, `Analysts said`, a physiologist at a university.
    s.commentator(/Ina Solberg/);
    s.commentator(/^Analysts$/);
    s.commentator(/Anders Molk/);
    s.noOrigin(/Solberg|Analysts|Molk/);
  });

  it('a wildfire: a town’s police by its place, a state senator and an environmental group comment', () => {
    const s = read(WILDFIRE);
    // `the Calder Fire Service`, `Fire Service spokesman Owen Tal`, `fire officials`, `the fire service`.
    expect(s.origin(/Fire Service|Owen Tal|fire/i).files).toEqual([
      'ap.txt',
      'courier.txt',
      'post.txt',
      'sun.txt',
    ]);
    // `Pell Valley police said`: the police, not the town.
    expect(s.origin(/Pell Valley police/).files).toEqual(['courier.txt']);
    s.noOrigin(/^Pell Valley$/);
    expect(s.origin(/Rosa Imber/).files).toEqual(['courier.txt', 'sun.txt']);
    // Control: a relative clause that is no specialism leaves a witness an origin.
    s.origin(/Gina Hollis/);
    // `The weather office warned`: the story's one office of that name.
    expect(s.origin(/[Ww]eather [Oo]ffice/).files).toEqual(['ap.txt', 'sun.txt']);
    expect(s.relays).toContainEqual({ label: 'Valley News', of: ['Capitol Wire'], files: ['ap.txt'] });
    // `State Senator Dale Frye`, `Environmental group Green Ridge Alliance`, a climate scientist.
    s.commentator(/Dale Frye/);
    s.commentator(/Green Ridge Alliance/);
    // `an opponent of a new power line` is a critic (not `her opponent`, a rival in a race).
    s.commentator(/Ada Crane/);
    s.commentator(/Sam Okoro/);
    s.noOrigin(/Frye|Green Ridge|Okoro/);
  });

  it('a fraud charge: prosecutors, their offices and the district attorney are one prosecution; a professor and a critic comment', () => {
    const s = read(FRAUD);
    // `prosecutors said`, `District Attorney Leah Moss`, `the district attorney said`, `Moss told
    // reporters`, `the district attorney's office`, `the prosecutor's office`: one prosecution.
    expect(s.origin(/prosecut|Leah Moss|district attorney/i).files).toEqual([
      'chronicle.txt',
      'ledger.txt',
      'tv.txt',
      'wire.txt',
    ]);
    s.origin(/Victor Hale/);
    s.origin(/comptroller/);
    expect(s.relays).toContainEqual({
      label: 'Harlow Chronicle',
      of: ['Harlow Ledger'],
      files: ['chronicle.txt'],
    });
    // A judge's order (`told Crane he must ...`) is no view: the judge is an origin.
    s.origin(/Voss/);
    s.commentator(/Dana Pruitt/);
    s.commentator(/Rita Ames/);
    // Control: cited only for what should happen, a resident gives a view.
    s.commentator(/Bea Lorne/);
    s.noOrigin(/Pruitt|Ames|Lorne/);
  });

  it('controls: a bare role, a kind of body or a pronoun’s lawyer with two holders in the story stays apart', () => {
    const s = read([
      {
        location: 'a.txt',
        known: { outlet: 'Alpha News' },
        text: `Two bridges closed

The Water Agency said the river had risen two metres. The Roads Agency said both bridges would stay shut.

An agency spokesman, Tom Reed, said repairs would take a month.

The Water Commission said the dam was safe. The Roads Commission said the detour was open. The commission said the river was falling.

District Attorney Ada Quill said no charges would be filed. District Attorney Ben Moor said his office was looking into the closures.

The district attorney said the inquiry would take weeks.

Quill's lawyer, Ian Dorn, said the case was closed. Moor's lawyer, Eva Lind, said it was not.

His lawyer said the hearing would be in May.

The Fen County Prosecutor's Office said it would appeal. The Marsh County Prosecutor's Office said it would not. Prosecutors said the ruling was wrong.

Mayor Ann Roe said the roads were open. Mayor Ken Dale said they were not. A spokesman for the mayor, Jon Hale, said the bridges would reopen.
`,
      },
    ]);
    // Two agencies: the spokesman speaks for neither by the noun alone.
    s.origin(/Tom Reed/);
    s.origin(/Water Agency/);
    s.origin(/Roads Agency/);
    // Two commissions: `the commission` in lower case is neither (and no origin of its own).
    s.origin(/Water Commission/);
    s.origin(/Roads Commission/);
    s.noOrigin(/^commission$/i);
    // Two district attorneys: the bare one is neither.
    s.origin(/Ada Quill/);
    s.origin(/Ben Moor/);
    // Two parties' lawyers: `his lawyer` is neither.
    s.origin(/Ian Dorn/);
    s.origin(/Eva Lind/);
    s.origin(/^his lawyer$/i);
    // Two prosecuting offices: `prosecutors` is neither.
    s.origin(/Fen County Prosecutor/);
    s.origin(/Marsh County Prosecutor/);
    // Two mayors: the mayor's spokesman speaks for neither.
    s.origin(/Jon Hale/);
    s.origin(/Ann Roe/);
  });

  it('a diplomatic row: an embassy speaks; a wire dateline is no speaker; a fellow, an opposition MP and an analyst comment', () => {
    const s = read(ROW);
    // `the Marovian Foreign Ministry`, `Foreign Ministry spokeswoman Irina Toll`, `the foreign ministry`,
    // `A ministry spokeswoman`, `the ministry said in a statement`.
    expect(s.origin(/Foreign Ministry|foreign ministry|Toll/).files).toEqual([
      'globe.txt',
      'tv.txt',
      'wire.txt',
    ]);
    s.origin(/Castrian embassy/);
    s.noOrigin(/^LORSK$/);
    expect(s.origin(/Paulo Grisi/).files).toEqual(['globe.txt', 'news.txt']);
    s.origin(/Lena Voss/);
    expect(s.relays).toContainEqual({ label: 'Eastern Herald', of: ['Tidewire'], files: ['wire.txt'] });
    s.commentator(/Nadia Fenn/);
    s.commentator(/Karl Denz/);
    s.commentator(/Omar Reiss/);
    s.noOrigin(/Fenn|Denz|Reiss/);
  });

  it('a plant blast: the fire department under four names; a safety agency in lower case; a professor comments', () => {
    const s = read(BLAST);
    // `Tarn Fire Chief Nina Polk`, `fire officials`, `Firefighters`, `the fire department`.
    expect(s.origin(/[Ff]ire|Polk/).files).toEqual(['ledger.txt', 'post.txt', 'radio.txt', 'wire.txt']);
    // `The Chemical Safety Agency (CSA)`, `A spokesman for the Chemical Safety Agency`, `The safety agency`.
    expect(s.origin(/Chemical Safety Agency|CSA|safety agency/).files).toEqual([
      'ledger.txt',
      'post.txt',
      'wire.txt',
    ]);
    // `Verco Chemicals, which owns the plant`, `Verco chief executive Hans Brink`, and `A company
    // spokeswoman told the Post`: the story's one company.
    expect(s.origin(/Verco|Brink|company/i).files).toEqual(['post.txt', 'radio.txt', 'wire.txt']);
    s.origin(/Maja Ort/);
    s.origin(/Mila Ruud/);
    expect(s.relays).toContainEqual({ label: 'Tarn Post', of: ['Tarn Ledger'], files: ['post.txt'] });
    s.commentator(/Jan Holt/);
    s.noOrigin(/Holt/);
  });

  it('a recount: the losing candidate is a party, not a critic; `the state elections board` is the State Board of Elections', () => {
    const s = read(RECOUNT);
    // `Her opponent, Gil Hart`: a rival in the race, an origin of his concession.
    expect(s.origin(/Gil Hart/).files).toEqual(['blog.txt', 'times.txt', 'wire.txt']);
    // `the State Board of Elections`, `Board chairman Victor Amsel`, `the state elections board`, `The board`.
    expect(s.origin(/Board of Elections|elections board|Amsel/).files).toEqual(['times.txt', 'wire.txt']);
    // `Moreau's campaign manager, Theo Brac`, also `A spokesman for the governor-elect, Theo Brac`,
    // speaks for `Governor-elect Lucie Moreau`: one origin.
    expect(s.origin(/Lucie Moreau|Theo Brac/).files).toEqual(['radio.txt', 'times.txt']);
    s.origin(/Rosa Lind/);
    expect(s.relays).toContainEqual({
      label: 'Estrel Politics Blog',
      of: ['Veldt Times'],
      files: ['blog.txt'],
    });
    // Controls: a strategist, a teacher of election law.
    s.commentator(/Mark Rusk/);
    s.commentator(/Carla Wendt/);
    s.noOrigin(/Rusk|Wendt/);
  });

  it('an outbreak: `The WHO said` is the World Health Organization; `An MSF spokeswoman, Name`; the hospital’s director', () => {
    const s = read(OUTBREAK);
    // `The World Health Organization (WHO)`, and `The WHO said` in an article that never spells it out.
    expect(s.origin(/World Health Organization|WHO/).files).toEqual(['tribune.txt', 'wire.txt']);
    // `Medecins Sans Frontieres (MSF)` and `An MSF spokeswoman, Julie Dubois`.
    expect(s.origin(/Medecins Sans Frontieres|MSF|Dubois/).files).toEqual(['radio.txt', 'tribune.txt']);
    // `Dr. Kofi Mensah, the hospital's medical director` speaks for the hospital named before.
    s.origin(/Ambo General Hospital/);
    s.noOrigin(/Mensah/);
    // `the Health Ministry`, `Health Minister Dr. Amara Sesay`, `A ministry spokesman`, `Sesay said`.
    expect(s.origin(/Health Ministry|health minister|Sesay/i).files).toEqual([
      'radio.txt',
      'tribune.txt',
      'wire.txt',
    ]);
    expect(s.origin(/Grace Tembo/).files).toEqual(['post.txt', 'tribune.txt']);
    expect(s.relays).toContainEqual({
      label: 'Daily Nation Online',
      of: ['Sahel Press'],
      files: ['wire.txt'],
    });
    s.commentator(/Joseph Ndlovu/);
    s.commentator(/Peter Okello/);
    s.noOrigin(/Ndlovu|Okello/);
  });

  it('a coach crash: police under four names are one origin; wire copy rests on its agency', () => {
    const s = read(CRASH);
    // `police`, the sheriff's office, `Sheriff's spokesman Lt. Dana Crowe`, `Deputies with the county sheriff's office`.
    expect(s.origin(/sheriff|police|Crowe|deputies/i).files).toEqual([
      'herald.txt',
      'post.txt',
      'radio.txt',
      'weekly.txt',
    ]);
    // The operator, its statement and its spokeswoman.
    expect(s.origin(/Greyline|Finch/).files).toEqual(['herald.txt', 'post.txt', 'radio.txt', 'weekly.txt']);
    // A witness.
    expect(s.origin(/Petra Holm/).files).toEqual(['herald.txt']);
    // `The Herald has learned` is the Brindle Herald's own reporting, which Coast Radio relays.
    expect(s.origin(/Herald/).label).toBe('Brindle Herald');
    expect(s.relays).toContainEqual({ label: 'Coast Radio', of: ['Brindle Herald'], files: ['radio.txt'] });
    // Two outlets run one agency's copy under its dateline.
    expect(s.origin(/Pressline/).files).toEqual(['post.txt', 'weekly.txt']);
    expect(s.relays).toContainEqual({ label: 'Fen Post', of: ['Pressline'], files: ['post.txt'] });
    expect(s.relays).toContainEqual({ label: 'Marsh Weekly', of: ['Pressline'], files: ['weekly.txt'] });
    // A professor and a campaign group with its director are commentators, never origins.
    s.commentator(/Aaron Vile/);
    s.commentator(/Road Victims Alliance/);
    s.noOrigin(/Vile|Sledge|Alliance|campaign/i);
  });

  it('a recall: the chief executive and the company are one origin, the regulator under its acronym too', () => {
    const s = read(RECALL);
    expect(s.origin(/Norwell|Brandt/).files).toEqual(['times.txt', 'wire1.txt', 'wire2.txt']);
    // `The Consumer Product Safety Board (CPSB)` and `A CPSB spokeswoman`.
    // `The safety board said`, `the board said` in lower case: the story's one board.
    expect(s.origin(/Consumer Product Safety Board|CPSB/).files).toEqual([
      'times.txt',
      'wire1.txt',
      'wire2.txt',
    ]);
    // `(Meridian) -`: the agency is the origin of its copy, both outlets relay it.
    expect(s.origin(/Meridian/).files).toEqual(['wire1.txt', 'wire2.txt']);
    expect(
      s.relays
        .filter((r) => r.of.includes('Meridian'))
        .map((r) => r.label)
        .sort(),
      // (h-who2: the two copies of one text rest on the agency too, not on the first copy's outlet.)
    ).toEqual(['Coastline Business', 'Daily Ledger', 'one text run by 2 articles']);
    // `Shares fell 6 percent, Reuters reported`: Reuters' own reporting, relayed by the Times.
    expect(s.origin(/Reuters/).files).toEqual(['times.txt']);
    expect(s.relays).toContainEqual({ label: 'Fenwick Times', of: ['Reuters'], files: ['times.txt'] });
    // An analyst; a consumer group and its president (`Rita Cole, the group's president`).
    s.commentator(/Joel Markey/);
    s.commentator(/Fair Homes Consumer Alliance/);
    s.noOrigin(/Markey|Rita Cole|Fair Homes/);
  });

  it('an election: the commission and its chairwoman are one origin; a relay by short name; reactions', () => {
    const s = read(ELECTION);
    // `the Independent Electoral Commission (IEC)` and `IEC chairwoman Ruth Obi`.
    // `The commission said` in lower case is the story's one commission.
    expect(s.origin(/Electoral Commission|IEC|Obi/).files).toEqual(['bulletin.txt', 'observer.txt']);
    s.noOrigin(/Ruth Obi/);
    s.origin(/Ana Lanmark/);
    s.origin(/Regional Monitoring Mission/);
    // The Observer's own unnamed sources are an origin; Harbour Daily relays `the Observer`.
    s.origin(/senior officials in Sand's party/);
    expect(s.origin(/Observer$/).files).toEqual(['daily.txt', 'observer.txt']);
    // A political scientist, a rights league with its director, a neighbour's congratulations.
    s.commentator(/Paul Dray/);
    s.commentator(/Valdorian Human Rights League/);
    s.commentator(/Castria/);
    s.noOrigin(/Dray|Omar Feld|League|Castria/);
  });

  it('an earthquake: a ministry under five names is one origin; an agency dateline; a seismologist comments', () => {
    const s = read(QUAKE);
    // `the Interior Ministry`, its spokesman, `the interior minister`, `Interior Minister Sara Kallis`,
    // `The ministry of the interior`, `A spokesman for the ministry`.
    expect(s.origin(/[Ii]nterior|ministry|Petros|Kallis/).files).toEqual([
      'chronicle.txt',
      'express.txt',
      'wire.txt',
    ]);
    // `the National Seismology Centre (NSC)` and `NSC director Ilya Voss`; no fragment in its label.
    expect(s.origin(/Seismology|NSC|Voss/)).toEqual({
      label: 'National Seismology Centre',
      files: ['chronicle.txt', 'express.txt'],
    });
    // `The UN refugee agency (UNHCR)` and `A UNHCR spokesman in Geneva`.
    s.origin(/UNHCR/);
    s.origin(/Red Crescent/);
    s.origin(/Lina Marek/);
    s.origin(/Petr Halas/);
    // `ORVEL, Tessaly, May 9 (Continental Press) -`.
    s.origin(/Continental Press/);
    expect(s.relays.find((r) => r.label === 'Gulf Times Online')?.of).toContain('Continental Press');
    s.commentator(/Hugo Brandl/);
    s.commentator(/Amnesty Watch/);
    s.noOrigin(/Brandl|Amnesty/);
  });
  it('a refinery leak: an outlet citing the ministry relays it; `a company spokeswoman` is the company; a former minister comments', () => {
    const s = read(LEAK);
    expect(s.origin(/Environment Ministry|Odde/).files).toEqual([
      'courier.txt',
      'gazette.txt',
      'post.txt',
      'radio.txt',
    ]);
    // `A company spokeswoman`, `A spokesman for the company`, `Tarsk Petroleum chief executive Lena Holt`,
    // `A Tarsk Petroleum spokeswoman, Mia Sund`: the story's one company.
    // Labelled by the company it speaks for, not by the chief executive who hosts its speakers.
    expect(s.origin(/Tarsk|company|Sund/i).label).toBe('Tarsk Petroleum');
    expect(s.origin(/Tarsk|company|Sund/i).files).toEqual([
      'courier.txt',
      'gazette.txt',
      'post.txt',
      'radio.txt',
    ]);
    // `the Harbour Gazette reported, citing the Environment Ministry`: in the Courier the Gazette passes
    // on the ministry's word; its own reporting (`The Gazette has learned`, relayed by the Daily) stays.
    expect(s.origin(/Harbour Gazette/).files).toEqual(['daily.txt', 'gazette.txt']);
    expect(s.relays).toContainEqual({
      label: 'Coast Courier',
      of: ['Harbour Gazette'],
      files: ['courier.txt'],
    });
    // `told the Evening Post on Monday`: the day is no part of the name.
    s.noOrigin(/on Monday/);
    s.commentator(/Jon Brask/);
    s.commentator(/Ruth Vance/);
    s.commentator(/Ivo Stahl/);
    s.commentator(/Dana Ilse/);
    s.noOrigin(/Brask|Vance|Stahl|Ilse/);
  });

  it('a kidnapping: `its embassy` is the embassy named with its country; two witnesses stay apart; former officials comment', () => {
    const s = read(KIDNAP);
    // `The Castrian embassy in Lorsk`, `Its embassy`, `the country's embassy`, `A spokesman for the embassy`.
    expect(s.origin(/embassy/i).files).toEqual(['herald.txt', 'tribune.txt', 'wire.txt']);
    // `Brenner Roads, a Castrian building firm` and `A company spokeswoman`.
    expect(s.origin(/Brenner|company/i).files).toEqual(['herald.txt', 'wire.txt']);
    // Control: two named witnesses (`who saw the attack`, `Another witness, driver Tomas Reb`), so
    // `A witness` is neither.
    expect(s.origin(/Samir Ekto/).files).toEqual(['observer.txt', 'tribune.txt']);
    s.origin(/Tomas Reb/);
    s.origin(/^witness$/i);
    s.commentator(/Oskar Hale/);
    s.commentator(/Pavel Dren/);
    s.commentator(/Ines Pol/);
    s.commentator(/Mila Varga/);
    s.noOrigin(/Hale|Dren|Pol\b|Varga/);
  });

  it('a derailment: `a witness` is the one named witness; a paper citing named sources relays them; citing officials it reports', () => {
    const s = read(DERAIL);
    // `the National Rail Safety Authority (NRSA)`, `NRSA head Gert Vahl`, `Gert Vahl, the head of the
    // rail safety authority`, `Vahl said`, `citing the rail safety authority`.
    expect(s.origin(/Rail Safety|NRSA|Vahl/).files).toEqual([
      'daily.txt',
      'journal.txt',
      'news.txt',
      'star.txt',
    ]);
    expect(s.origin(/Hana Loft|witness/i).files).toEqual(['journal.txt', 'star.txt']);
    // `Norrail Freight Ltd`, `Norrail chief executive Dora Lind`, `citing Norrail`, `A company spokesman`.
    expect(s.origin(/Norrail|company/i).files).toEqual(['journal.txt', 'news.txt', 'star.txt']);
    // The Valley Journal, cited only as passing on named sources, relays them and is no origin.
    expect(s.relays).toContainEqual({
      label: 'Valley Journal',
      of: ['National Rail Safety Authority', 'Norrail Freight Ltd'],
      files: ['daily.txt', 'journal.txt'],
    });
    s.noOrigin(/Valley Journal/);
    // Control: `The Daily Courier reported ..., citing unnamed officials` is the Courier's own reporting.
    expect(s.origin(/Daily Courier/).files).toEqual(['daily.txt']);
    s.commentator(/Kai Lenz/);
    s.commentator(/Leon Hart/);
    s.noOrigin(/Lenz|Hart/);
  });

  it('controls: a company, an embassy with two in the story stay apart; a former official who tells what he did is an origin', () => {
    const s = read([
      {
        location: 'c.txt',
        known: { outlet: 'Control Times' },
        text: `Two firms, two embassies

Harlow Shipping Ltd said its ferry had been delayed. Dunmore Cargo Inc. said its barge had sunk.

A company spokesman said the crews were safe.

The Castrian embassy said two of its citizens were on the ferry. The Marovian embassy said none of its citizens were hurt.

The embassy said it had sent a consul to the port.

Former harbour master Ivo Pell said he had warned the port authority about the ferry's engines in 2019. "I told them it would happen," Pell said.

Kessing Ferries chief executive Ana Berg said the timetable would stand.

Election observers from the Coast Monitoring Mission said the harbour vote count was clean.
`,
      },
    ]);
    // A chief executive speaking alone keeps her name.
    s.origin(/Ana Berg/);
    // Observers named by their mission report what they saw.
    s.noOrigin(/^Observers$/);
    expect(s.commentators.filter((c) => /[Oo]bservers|Monitoring/.test(c))).toEqual([]);
    s.origin(/^company spokesman$/);
    s.origin(/Harlow/);
    s.origin(/Dunmore/);
    s.origin(/^embassy$/);
    s.origin(/Castrian embassy/);
    s.origin(/Marovian embassy/);
    s.origin(/Ivo Pell/);
  });
  it('a claim an outlet states in its headline and attributes in its body rests on the source, not the outlet', () => {
    const d = analyzeTexts(DERAIL);
    const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
    const text = (m: { doc: string; start: number; end: number }) =>
      d.documents.find((x) => x.id === m.doc)!.text.slice(m.start, m.end);
    const claim = (words: RegExp) => d.claims.find((c) => c.members.some((m) => words.test(text(m))))!;
    // Aller News states the closure itself and gives it to Gert Vahl of the NRSA: one origin, the NRSA
    // (the Daily relays the Daily Courier's own reporting); no outlet hides the NRSA.
    const closed = claim(/stay closed until Monday/).origins.map(label);
    expect(closed).toContain('National Rail Safety Authority');
    expect(closed).not.toContain('Aller News');
    expect(claim(/wagons left the track/).origins.map(label)).toEqual(['National Rail Safety Authority']);
    // Control: what two outlets state with no source at all rests on each of them.
    const e = analyzeTexts([
      {
        location: 'a.txt',
        known: { outlet: 'Alpha News' },
        text: 'Rail line shut\n\nThe rail line between Kessing and Aller was shut on Friday after a derailment near the river crossing.\n\nInspectors said the track was sound.\n',
      },
      {
        location: 'b.txt',
        known: { outlet: 'Beta Post' },
        text: 'Line closed\n\nAfter Thursday’s derailment by the river crossing, the Kessing to Aller rail line was shut on Friday, with buses replacing trains.\n\nA farmer said he heard the crash.\n',
      },
    ]);
    const shut = e.claims.find((c) =>
      c.members.some((m) =>
        /was shut on Friday/.test(e.documents.find((x) => x.id === m.doc)!.text.slice(m.start, m.end)),
      ),
    )!;
    expect(shut.origins.map((id) => e.provenance.nodes.find((n) => n.id === id)?.label).sort()).toEqual([
      'Alpha News',
      'Beta Post',
    ]);
  });
  it('a port strike: speakers by surname and by role are their bodies; outside experts, a retired admiral and an author comment', () => {
    const s = read(STRIKE);
    // `the Varo Dockers Union (VDU)`, `VDU general secretary Marek Oltz`, `Oltz, the union's leader`
    // (the surname alone in the wire), `The union said`, `The dockers' union said`.
    expect(s.origin(/Dockers|VDU|Oltz/).files).toEqual(['globe.txt', 'radio.txt', 'times.txt', 'wire.txt']);
    // `The Port Varo Authority`, `A spokeswoman for the port authority, Kira Dahl`, `Dahl said`,
    // `Port authority head Anton Wirth`.
    expect(s.origin(/Port Varo|Dahl|Wirth|port authority/i).files).toEqual([
      'globe.txt',
      'radio.txt',
      'times.txt',
      'wire.txt',
    ]);
    s.origin(/Ines Mahr/);
    s.origin(/Elsa Brun/);
    // `A lawyer not involved in the case`, `Greta Faul, a criminologist`, `Retired admiral Hugo Senn`,
    // `Author Lina Vost, who wrote a history of the port`.
    s.commentator(/^lawyer$/);
    s.commentator(/Greta Faul/);
    s.commentator(/Hugo Senn/);
    s.commentator(/Lina Vost/);
    s.commentator(/Rosa Jang/);
    // `Observers said the government was unlikely to intervene`: onlookers with a view.
    s.commentator(/^Observers$/);
    s.commentator(/Piet Rau/);
    s.noOrigin(/lawyer|Faul|Senn|Vost|Jang|Rau|union had followed/i);
  });

  it('controls: a surname two people share, and a retired witness who tells what she saw', () => {
    const s = read([
      {
        location: 'a.txt',
        known: { outlet: 'Alpha News' },
        text: `Dock fire

Port engineer Kira Dahl said the crane had failed. Union steward Ole Dahl said the crane was new.

Dahl said the fire started at noon.

Retired judge Mara Ulm said she saw smoke from her window. "I called the fire brigade at once," Ulm said.
`,
      },
    ]);
    s.origin(/Kira Dahl/);
    s.origin(/Ole Dahl/);
    s.noOrigin(/^Dahl$/);
    s.origin(/Mara Ulm/);
  });
  it('a flood: an agency, its chief and `the aid agency’s chief`; `the hospital’s director` is the named director; the UN under four names', () => {
    const s = read(FLOOD);
    // `the World Food Agency (WFA)`, `The WFA said`, `The aid agency's chief said` (the story's one agency).
    expect(s.origin(/World Food Agency/).files).toEqual(['a.txt', 'b.txt', 'c.txt']);
    // `Dr. Omar Safi, director of Hill Hospital`, `Safi said`, `The hospital's director said` (not the
    // agency cited just before it).
    expect(s.origin(/Safi|hospital/i).files).toEqual(['a.txt', 'b.txt', 'c.txt']);
    // `Mayor Ines Lark`, `Lark, the town's mayor`, `The mayor's office`.
    expect(s.origin(/Lark|mayor/i).files).toEqual(['a.txt', 'b.txt', 'c.txt']);
    // `The United Nations`, `UN spokesman Piet Amar`, `The UN said`, `A UN spokeswoman`.
    expect(s.origin(/United Nations|UN|Amar/).files).toEqual(['a.txt', 'b.txt', 'c.txt']);
    // Not yet: `WFA chief Ilse Kohl` stays apart from the agency (a head titled `chief` made one
    // origin with the body cost half B a right origin).
    s.origin(/Ilse Kohl/);
  });

  it('controls: two hospitals’ directors and two agencies leave a possessive role apart', () => {
    const s = read([
      {
        location: 'a.txt',
        known: { outlet: 'Alpha News' },
        text: `Two hospitals full

Dr. Omar Safi, director of Hill Hospital, said the wards were full. Dr. Lena Roth, director of Lake Hospital, said hers were too.

The hospital's director said more beds were coming.

The Water Agency said the river was falling. The Roads Agency said two bridges were shut.

The agency's chief said repairs would take a month.
`,
      },
    ]);
    // `The hospital's director` is neither director by name: it speaks for the hospital named last.
    s.origin(/Omar Safi/);
    s.origin(/Lena Roth/);
    s.origin(/Lake Hospital/);
    s.origin(/Water Agency/);
    s.origin(/Roads Agency/);
  });
});

/** One agency's copy, run by three outlets with small edits (h-who2). */
const DEPOT_WIRE = `A fire at a fuel depot in the port of Korsa killed three workers on Sunday night, the Ministry of Transport said on Monday.

Ministry spokeswoman Lina Varga said the blaze began in a storage tank shortly before midnight and burned for six hours.

Transport Minister Oskar Brenn said an inquiry would report within a month. "Those responsible will be held to account," Brenn said.

The depot is run by Tessel Energy and Marko Logistics. The companies said they were cooperating with investigators.

A man who lives nearby said he heard two explosions before the flames rose above the harbour wall.

Hana Rusk, an energy analyst at Corvan Research, said the depot had been due for an upgrade.
`;

const DEPOT: Article[] = [
  {
    location: 'courier.txt',
    known: { outlet: 'Tidewater Courier' },
    text: `Three killed in Korsa depot fire\n\nKORSA (Velmar Press Agency) - ${DEPOT_WIRE}`,
  },
  {
    location: 'times.txt',
    known: { outlet: 'Harbour Times' },
    text: `Velmar Press Agency\n\nDepot fire in Korsa kills three\n\n${DEPOT_WIRE.replace('on Sunday night', 'late on Sunday')}`,
  },
  {
    location: 'north.txt',
    known: {},
    text: `https://www.northlightnews.com/world/korsa-depot-fire\n\nKorsa fuel depot blaze leaves three dead\n\n${DEPOT_WIRE.replace('shortly before midnight', 'just before midnight')}`,
  },
  {
    location: 'daily.txt',
    known: { outlet: 'Korsa Daily' },
    text: `Depot had failed safety check, port officials say

The fuel depot where three workers died on Sunday had failed a fire-safety inspection in August, port officials told the Korsa Daily.

Port Authority director Elin Marsh said the inspectors had found faulty valves on two tanks. Deputy harbour master Piet Olde said the repairs had not been finished.

Transport Minister Oskar Brenn said the depot's licence had been suspended.

According to reports in the Velmar Gazette:
The depot's owners had been warned twice about the valves.

Dr. Sofia Lind, a safety analyst at the University of Korsa, said such fires were rare. Rolf Hagen, an analyst at Brightline Securities, said fuel prices would rise.

Lawmaker Anya Petrov called the deaths "a national disgrace".
`,
  },
];

describe('h-who2: a depot fire told by one agency’s copy and one paper’s own reporting', () => {
  it('wire copy: three outlets relay the agency, one credited on its first line, one known by its address', () => {
    const s = read(DEPOT);
    expect(s.origin(/Velmar Press Agency/).files).toEqual(['courier.txt', 'north.txt', 'times.txt']);
    // The dateline (`KORSA (Velmar Press Agency) -`) and the credit line (`Velmar Press Agency`).
    expect(s.relays).toContainEqual({
      label: 'Tidewater Courier',
      of: ['Velmar Press Agency'],
      files: ['courier.txt'],
    });
    expect(s.relays).toContainEqual({
      label: 'Harbour Times',
      of: ['Velmar Press Agency'],
      files: ['times.txt'],
    });
    // The copies are one text resting on the agency, not on the first copy's outlet; the outlet
    // whose first line is its address runs that text too.
    expect(s.relays).toContainEqual({
      label: 'one text run by 3 articles',
      of: ['Velmar Press Agency'],
      files: ['courier.txt', 'north.txt', 'times.txt'],
    });
    expect(s.relays).toContainEqual({
      label: 'northlightnews.com',
      of: ['Velmar Press Agency'],
      files: ['north.txt'],
    });
    s.noOrigin(/Courier|Harbour Times|northlight/);
    // The ministry, its spokeswoman and its minister are one origin, in the copy and in the Daily.
    expect(s.origin(/Ministry of Transport|Varga|Brenn/).files).toEqual([
      'courier.txt',
      'daily.txt',
      'north.txt',
      'times.txt',
    ]);
    // Two analysts and a lawmaker's reaction comment.
    s.commentator(/Hana Rusk/);
    s.commentator(/Sofia Lind/);
    s.commentator(/Rolf Hagen/);
    s.commentator(/Anya Petrov/);
    s.noOrigin(/Rusk|Lind|Hagen|Petrov/);
  });

  it('controls: an article opening on its own outlet’s name or a headline credits no agency; copies of no agency rest on the first outlet', () => {
    const text = (first: string) =>
      `${first}\n\nDepot fire kills three\n\nA fire at a fuel depot in Korsa killed three workers on Sunday night and burned for six hours before it was put out, the harbour master said on Monday morning.\n`;
    const s = read([
      { location: 'a.txt', known: { outlet: 'Alpha Times' }, text: text('Alpha Times') },
      { location: 'b.txt', known: { outlet: 'Beta Post' }, text: text('Fire at the depot') },
    ]);
    expect(s.relays.filter((r) => r.label !== 'one text run by 2 articles')).toEqual([]);
    expect(s.relays).toContainEqual({
      label: 'one text run by 2 articles',
      of: ['Alpha Times'],
      files: ['a.txt', 'b.txt'],
    });
  });
  it('`According to reports in the Velmar Gazette:` on a line of its own: the next line rests on the paper, not on the outlet', () => {
    const s = read(DEPOT);
    expect(s.origin(/Velmar Gazette/).files).toEqual(['daily.txt']);
    // The Daily states nothing of its own beyond what it attributes.
    s.noOrigin(/Korsa Daily/);
  });
  it('`the companies said` after two companies joined by `and`: each company is an origin', () => {
    const s = read(DEPOT);
    expect(s.origin(/Tessel Energy/).files).toEqual(['courier.txt', 'north.txt', 'times.txt']);
    expect(s.origin(/Marko Logistics/).files).toEqual(['courier.txt', 'north.txt', 'times.txt']);
  });
  it('control: a name of one word each side of `and` is one firm, not two', () => {
    const s = read([
      {
        location: 'a.txt',
        known: { outlet: 'Alpha News' },
        text: `Depot fire\n\nA fire at a fuel depot in Korsa killed three workers on Sunday night, officials said on Monday.\n\nThe depot is run by the Harlow and Finch partnership of Korsa. The companies said they were cooperating with investigators.\n`,
      },
    ]);
    s.noOrigin(/^Harlow$|^Finch/);
  });
  it('a wire copy’s headline it attributes to the ministry in its body rests on the ministry, not on the agency', () => {
    const d = analyzeTexts(DEPOT);
    const label = (id: string) => d.provenance.nodes.find((n) => n.id === id)?.label ?? id;
    const text = (m: { doc: string; start: number; end: number }) =>
      d.documents.find((x) => x.id === m.doc)!.text.slice(m.start, m.end);
    const claim = (words: RegExp) => d.claims.find((c) => c.members.some((m) => words.test(text(m))))!;
    const killed = claim(/Depot fire in Korsa kills three/).origins.map(label);
    expect(killed).toContain('Ministry of Transport');
    expect(killed).not.toContain('Velmar Press Agency');
    // Control: what the copy states and attributes to no one rests on the agency.
    expect(claim(/run by Tessel Energy/).origins.map(label)).toEqual(['Velmar Press Agency']);
  });
  it('unnamed officials who told the article’s own outlet are its reporting, not the paper it cites for one line', () => {
    const s = read(DEPOT);
    // (h-who31's `site-officials`: `port officials` speak for the story's one `Port Authority`.)
    expect(s.origin(/^Port Authority$/).files).toEqual(['daily.txt']);
    // Control: unnamed officials in an article relaying a paper, who told no one, are the paper's.
    const c = read([
      {
        location: 'a.txt',
        known: { outlet: 'Alpha News' },
        text: `Depot fire\n\nThe fuel depot where three workers died on Sunday had been shut for a week, according to the Velmar Gazette.\n\nPort officials said the owners had been warned twice about the valves on two tanks.\n`,
      },
    ]);
    c.noOrigin(/officials/i);
    c.origin(/Velmar Gazette/);
  });
});
