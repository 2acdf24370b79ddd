import type { InputFailure, InputItem } from '../load/inputs.js';
import type { Document } from '../model/document.js';
import { FULL_PIPELINE, type ProcessOptions } from './document.js';

/** Processes one input item, turning refusals into failures. */
export function processItem(item: InputItem, options: ProcessOptions = {}): Document | InputFailure {
  return FULL_PIPELINE.processItem(item, options);
}
