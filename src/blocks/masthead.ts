/** The last word of a news outlet's name (`Valley Courier`, `Metro Times`, `State Wire`). */
const MASTHEAD_WORD =
  /^(?:Times|Post|Press|News|Journal|Herald|Tribune|Guardian|Telegraph|Gazette|Daily|Weekly|Magazine|Wire|Ledger|Radio|TV|Television|Courier|Chronicle|Observer|Examiner|Inquirer|Sentinel|Dispatch|Bulletin|Register|Monitor|Mail|Express|Standard|Independent|Advertiser|Mercury|Globe|Newswire|Broadcasting|Review|Record|Star|Sun|Today|Online|Insider|Enquirer|Messenger|Digest|Beacon|Argus|Clarion|Courant)$/;
/** First words of a menu or section line, not of a name (`World News`, `Breaking News`). */
const SECTION_WORD =
  /^(?:World|Breaking|Latest|Top|Local|More|Related|Most|Trending|Sports?|Business|Politics|Entertainment|Health|Science|Tech|Live|Other|Recent|Popular|Featured|Good|Fake|All|Our|Your|My|Read|Follow|Share|Subscribe|Sign|Get|Free|Today's|This)$/;

/**
 * A line that is only an outlet's name: two to four capitalised words ending on a word news
 * outlets are named by (`Valley Courier`, `The Daily Ledger`, `The Evening Standard-Gazette`)
 * or a news agency's name (`Norrland Press Agency`), not a menu or section line (`World News`).
 */
export function isMastheadLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^(?:\p{Lu}[\p{L}'’&-]*|of|and|&)$/u.test(w)) &&
    // The last word, or its last part (`Standard-Gazette`); a news agency's name ends on
    // `News Agency`, `Press Agency`, `Press Association`, `News Service` (`Norrland Press Agency`;
    // not `Coastal Protection Agency`).
    (MASTHEAD_WORD.test(words.at(-1)!.split('-').at(-1)!) ||
      // Or opens on `The` and a word of a paper's issue (`The Daily Shout`, `The Evening Clarion`),
      // as tabloids are named (rule `masthead:the-daily`).
      (words.length >= 3 && words[0] === 'The' && /^(?:Daily|Weekly|Evening|Morning)$/.test(words[1]!)) ||
      (words.length >= 3 &&
        /^(?:News|Press|Wire)\s+(?:Agency|Association|Service)$/.test(words.slice(-2).join(' ')))) &&
    // A section's name is a section word before `News` (`Business News`); before another
    // masthead word it names an outlet (`Business Daily`, `Sports Weekly`).
    !(/^News$/.test(words.at(-1)!) && SECTION_WORD.test(words[0] === 'The' ? (words[1] ?? '') : words[0]!))
  );
}

/**
 * A line that can only be a name where an outlet's name stands, between the headline and the
 * byline (`Market View`, `The Lowmarsh Crier`): two to four capitalised words, no sentence,
 * not a section or menu line (`World News`, `Most Read`). Read by position only: the words
 * alone do not make it an outlet.
 */
export function isNameLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^(?:\p{Lu}[\p{L}'’&-]*|of|and|&)$/u.test(w)) &&
    !SECTION_WORD.test(words[0] === 'The' ? (words[1] ?? '') : words[0]!)
  );
}
