/**
 * The worker thread `serve` reads new stories' request bodies in (see story-input.ts): the
 * JSON parsed and checked, pasted articles and base64 files read into items, off the server's
 * thread.
 */
import { answerJobs } from './job-thread.js';
import { readNewStory, type BodyJob, type Refused, type StoryInput } from './story-input.js';

answerJobs((job: BodyJob): StoryInput | Refused => readNewStory(job.body, job));
