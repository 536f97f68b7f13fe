/** The reference date the end-to-end site is built with, so that results do not drift with the calendar. */
export const TEST_AS_OF = '2026-11-29';
