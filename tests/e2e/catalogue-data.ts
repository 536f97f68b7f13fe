// The sample content as the build sees it, so that tests derive expected counts and names from the
// records instead of hard-coding them.
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { checkContentFolder } from '../../src/lib/content/check.ts';
import { contentDir } from '../../src/lib/env.ts';
import { TEST_AS_OF } from './as-of.ts';

const { content, problems } = await checkContentFolder(contentDir());
if (!content) throw new Error(`the sample content has ${problems.length} problem(s)`);

export const sample = content;
export const sampleCatalogue = buildCatalogue({ ...content, asOf: TEST_AS_OF });
