// The route table and the built site agree (issue #17): every route of src/lib/routes.ts, in each
// language, has built files, and every built file comes from exactly one route or from a tool named
// in tests/route-table.ts. No browser: reads dist/ after the build.
import { relative } from 'node:path';
import { routePatterns } from '../../src/lib/routes.ts';
import { isLaterPagesRoute, patternKey, sortBuiltFiles, TRANSIENT_ROUTES } from '../route-table.ts';
import { DIST, filesUnder } from './dist.ts';
import { expect, test } from './fixtures.ts';

const report = () => sortBuiltFiles(filesUnder(DIST).map((file) => relative(DIST, file)));

test('every built file comes from one route of the table, or from a tool that writes files', () => {
  const { unaccounted, claimedTwice } = report();
  expect(unaccounted, 'built files outside the route table (src/lib/routes.ts)').toEqual([]);
  expect(claimedTwice, 'built files that two routes claim').toEqual([]);
});

test('every route of the table has built files in each language', () => {
  const { filesPerPattern } = report();
  // The sample catalogue fits on one page: the later pages of listings are built, and checked, by
  // tests/unit/large-catalogue.test.ts.
  const expected = routePatterns().filter((route) => !isLaterPagesRoute(route) && !TRANSIENT_ROUTES[route.name]);
  const missing = expected.filter((route) => !filesPerPattern.get(patternKey(route)));
  expect(missing.map((route) => `${patternKey(route)}: ${route.pattern}`)).toEqual([]);
  expect(expected.length).toBeGreaterThan(40);
});
