/** A page as the service returns it (T7): items and the cursor of the next page. */
export interface PageBody<T> {
  data: T[];
  nextCursor: string | null;
}

/** Fetches the page that starts at `cursor`. */
export type FetchPage<T> = (cursor: string) => Promise<PageBody<T>>;

/**
 * One page of a cursor-paginated list, with a way to the next. Iterating it with `for await` yields
 * its items and those of every later page.
 *
 * @example
 * let page = await client.tokens.list({ limit: 10 });
 * console.log(page.data.length, page.nextCursor);
 * while (page.hasNextPage()) page = await page.nextPage();
 */
export class Page<T> implements PageBody<T>, AsyncIterable<T> {
  // `declare`d: set by the constructor, so no field definitions are emitted.
  /** The items of this page. */
  declare readonly data: T[];
  /** Cursor of the next page; null on the last page. */
  declare readonly nextCursor: string | null;
  readonly #fetchPage: FetchPage<T>;

  constructor(body: PageBody<T>, fetchPage: FetchPage<T>) {
    this.data = body.data;
    this.nextCursor = body.nextCursor;
    this.#fetchPage = fetchPage;
  }

  /** Whether another page follows this one. */
  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /**
   * Fetches the next page.
   * @throws {Error} when this is the last page; check {@link Page.hasNextPage} first.
   */
  async nextPage(): Promise<Page<T>> {
    if (this.nextCursor === null) throw new Error("This is the last page: there is no next page.");
    return new Page(await this.#fetchPage(this.nextCursor), this.#fetchPage);
  }

  /** Yields every page from this one to the last. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.nextPage();
      yield page;
    }
  }

  /** Yields the items of this page and of every later page, fetching each page when needed. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }
}

/**
 * What a list method returns: await it for the first {@link Page}, or iterate it with `for await`
 * for every item of every page. The first page is requested once either way.
 *
 * @example
 * const first = await client.tokens.list({ limit: 10 }); // one page
 * for await (const token of client.tokens.list()) console.log(token.label); // every token
 */
export class PagePromise<T> extends Promise<Page<T>> implements AsyncIterable<T> {
  // `then` and friends return plain promises, not PagePromises built from an executor.
  static override readonly [Symbol.species] = Promise;

  /** Starts fetching the first page (`fetchPage()` without a cursor) and wraps it. */
  static of<T>(fetchPage: (cursor?: string) => Promise<PageBody<T>>): PagePromise<T> {
    return new PagePromise<T>((resolve) => resolve(fetchPage().then((body) => new Page(body, fetchPage))));
  }

  /** Yields every item of every page. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    yield* await this;
  }
}
