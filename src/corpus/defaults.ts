/**
 * Least average similarity at which two stories merge (the middle of the ECB+ dev plateau
 * 0.045–0.065). In a file of its own so that the CLI can show it in `--help` without loading
 * the clustering code.
 */
export const DEFAULT_STORY_THRESHOLD = 0.055;
