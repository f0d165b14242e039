// The build's static first view (index.html, embed.html) stays on screen until the
// app has its data, and shares classes with the app's own nodes (`.key-figure`,
// `.period`, `main`). Tests of the app's behaviour wait for it to be gone first.
import { expect } from '@playwright/test';

export async function appStarted(page) {
  await expect(page.locator('#first-view')).toHaveCount(0);
}
