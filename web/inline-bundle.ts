import { build, type Plugin, type Rolldown } from 'vite';

/**
 * Writes the built script and stylesheet into index.html itself, so that opening the app is one
 * response with nothing more to ask of the server or the browser's cache before the app runs (the
 * first load of a fresh profile fetched three files; every later one asked the cache for two); and
 * puts `boot` (a module, bundled as a plain script) in front of the app, to run while it is parsed.
 * The files stay in assets/ (with the source map) for whoever wants them. `tidings serve` admits
 * the inline code by its hashes.
 */
export function inlineBundle({ boot }: { boot: string }): Plugin {
  return {
    name: 'tidings:inline-bundle',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') throw new Error('inline-bundle: no index.html in the build');
      let html = String(page.source);
      let scripts = 0;
      const bootCode = safeInside('script', await classicScript(boot), boot);
      html = html.replace(/<script\b([^>]*)\bsrc="\/([^"]+\.js)"([^>]*)><\/script>/g, (_m, before: string, file: string, after: string) => {
        const chunk = bundle[file];
        if (!chunk || chunk.type !== 'chunk') throw new Error(`inline-bundle: ${file} is not in the build`);
        scripts++;
        const code = chunk.code.replace(/\/\/# sourceMappingURL=(\S+)\s*$/, (_s, map: string) => `//# sourceMappingURL=/${dirOf(file)}${map}`);
        // Only `type` matters inline; `crossorigin` is for fetched scripts.
        const attrs = `${before} ${after}`.replace(/\s*crossorigin(="[^"]*")?/g, '').trim();
        return `<script>${bootCode}</script>\n    <script ${attrs}>${safeInside('script', code, file)}</script>`;
      });
      html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\/([^"]+\.css)"[^>]*>/g, (_m, file: string) => {
        const css = assetText(bundle, file);
        return `<style>${safeInside('style', css, file)}</style>`;
      });
      if (scripts !== 1) throw new Error(`inline-bundle: expected one script in index.html, found ${scripts}`);
      page.source = html;
    },
  };
}

/** `entry` and what it imports, as one minified script that needs no module loader. */
async function classicScript(entry: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, sourcemap: false, lib: { entry, formats: ['iife'], name: 'tidingsBoot' } },
  });
  const chunks = (Array.isArray(out) ? out : [out as Rolldown.RolldownOutput]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`inline-bundle: ${entry} built to ${chunks.length} chunks`);
  return chunks[0]!.code.trim();
}

function dirOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/') + 1);
}

function assetText(bundle: Rolldown.OutputBundle, file: string): string {
  const a = bundle[file];
  if (!a || a.type !== 'asset') throw new Error(`inline-bundle: ${file} is not in the build`);
  return typeof a.source === 'string' ? a.source : new TextDecoder().decode(a.source);
}

/** The code as it may stand between the tags: a closing tag inside would end the element early. */
function safeInside(tag: 'script' | 'style', code: string, file: string): string {
  if (new RegExp(`</${tag}|<!--`, 'i').test(code)) throw new Error(`inline-bundle: ${file} contains </${tag} or <!--, which cannot be inlined`);
  return code;
}
