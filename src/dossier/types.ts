/** The dossier's contract types live in model/ (shared by story/ and dossier/); re-exported here for existing imports. */
export * from '../model/dossier.js';
