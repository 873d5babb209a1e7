// Directory listings read once per scan: every model of a project may look in the same caches.
import type { DirEntry, FileSystem } from '../../fs/fileSystem';

export class DirectoryCache {
  private readonly listings = new Map<string, Promise<readonly DirEntry[]>>();

  constructor(private readonly fs: FileSystem) {}

  /** The entries of a folder; empty when it does not exist or cannot be read. */
  list(path: string): Promise<readonly DirEntry[]> {
    let listing = this.listings.get(path);
    if (!listing) {
      listing = this.fs.readDirectory(path).catch(() => []);
      this.listings.set(path, listing);
    }
    return listing;
  }

  /** The entry of `path` named `name`, ignoring case (Hugging Face ids are case-insensitive). */
  async find(path: string, name: string): Promise<DirEntry | undefined> {
    const wanted = name.toLowerCase();
    const entries = await this.list(path);
    return entries.find((e) => e.name === name) ?? entries.find((e) => e.name.toLowerCase() === wanted);
  }
}
