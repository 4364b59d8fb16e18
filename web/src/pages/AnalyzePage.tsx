import { useState } from 'preact/hooks';
import type { Doc } from '../../../src/server/api-types.js';
import { post } from '../api.js';
import { AnnotatedDoc } from '../components/AnnotatedDoc.js';
import { Failure, Loading } from '../components/States.js';

type State = { state: 'idle' } | { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; doc: Doc };

/** Paste or upload an article and see it annotated; nothing is stored. */
export function AnalyzePage() {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [result, setResult] = useState<State>({ state: 'idle' });

  const run = async (ev: Event) => {
    ev.preventDefault();
    if (!text.trim()) {
      setResult({ state: 'error', error: new Error('paste an article first, or choose a file') });
      return;
    }
    setResult({ state: 'loading' });
    try {
      setResult({ state: 'done', doc: await post<Doc>('/extract', { text, ...(date ? { date } : {}) }) });
    } catch (error) {
      setResult({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };

  const upload = async (ev: Event) => {
    const file = (ev.currentTarget as HTMLInputElement).files?.[0];
    if (file) setText(await file.text());
  };

  return (
    <section>
      <h1>Analyze an article</h1>
      <p class="muted">The text is annotated and shown here only: nothing is stored.</p>
      <form class="analyze" onSubmit={run}>
        <label for="analyze-text">Article text</label>
        <textarea id="analyze-text" rows={10} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="row">
          <label>
            Publication date <input type="date" value={date} onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            or a text file <input type="file" accept=".txt,text/plain" onChange={upload} />
          </label>
          <button type="submit">Analyze</button>
        </div>
      </form>
      {result.state === 'loading' ? <Loading what="the annotations" /> : null}
      {result.state === 'error' ? <Failure error={result.error} /> : null}
      {result.state === 'done' ? <AnnotatedDoc doc={result.doc} stored={false} /> : null}
    </section>
  );
}
