import { expect, type Locator, type Page } from '@playwright/test';
import { visibleEssayText } from './support/text-of-record';

/** The essay page, as a reader meets it. */
export class EssayPage {
  readonly body: Locator;
  readonly topBar: Locator;

  constructor(readonly page: Page) {
    this.body = page.locator('[data-essay-body]');
    this.topBar = page.locator('.top-bar');
  }

  async goto(hash = ''): Promise<void> {
    await this.page.goto(`./${hash}`);
  }

  /** The essay's visible words without anything the site adds (marked data-ours). */
  async essayText(): Promise<string> {
    return this.page.evaluate(visibleEssayText);
  }

  /** Expect the element with this id to be the :target and fully visible below the sticky bar. */
  async expectLandedOn(id: string): Promise<void> {
    const target = this.page.locator(`[id="${id}"]`);
    await expect(target).toBeInViewport();
    await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect
      .poll(async () => {
        const [box, bar] = await Promise.all([target.boundingBox(), this.topBar.boundingBox()]);
        return box !== null && bar !== null && box.y >= bar.y + bar.height - 1;
      }, { message: `#${id} should sit below the sticky bar` })
      .toBe(true);
  }

  permalinkButton(id: string): Locator {
    return this.page.locator(`a[data-permalink="${id}"]`);
  }
}
