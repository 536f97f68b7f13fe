// English visitors (issue #16): record texts without English are marked as Vietnamese, and said to be.
import { sample } from './catalogue-data.ts';
import { expect, test } from './fixtures.ts';

const withEnglishHours = sample.places.find((place) => place.data.hours && place.data.en?.hours)!;
const withoutEnglishHours = sample.places.find((place) => place.data.hours && !place.data.en?.hours)!;

test('the English map gives hours in English where the record has them, and marks the rest as Vietnamese', async ({
  page,
}) => {
  await page.goto('/en/map/');
  const english = page.locator(`#diem-${withEnglishHours.id}`);
  await expect(english.getByRole('definition').filter({ hasText: withEnglishHours.data.en!.hours! })).toHaveCount(1);
  await expect(english).not.toContainText(withEnglishHours.data.hours!);

  const vietnamese = page.locator(`#diem-${withoutEnglishHours.id}`);
  const hours = vietnamese.getByRole('definition').filter({ hasText: withoutEnglishHours.data.hours! });
  await expect(hours).toContainText('(in Vietnamese)');
  await expect(hours.locator('[lang="vi"]')).toHaveText(withoutEnglishHours.data.hours!);
  // The address has no English: marked the same way.
  const address = vietnamese.getByRole('definition').filter({ hasText: withoutEnglishHours.data.address });
  await expect(address.locator('[lang="vi"]')).toHaveText(withoutEnglishHours.data.address);
  await expect(address).toContainText('(in Vietnamese)');
});

test('the Vietnamese map carries no such note', async ({ page }) => {
  await page.goto('/ban-do/');
  await expect(page.getByText('(tiếng Việt)')).toHaveCount(0);
  await expect(page.getByText('(in Vietnamese)')).toHaveCount(0);
});
