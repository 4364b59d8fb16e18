import { render } from 'preact';
import { ActorPage } from './pages/ActorPage.js';
import { AnalyzePage } from './pages/AnalyzePage.js';
import { ArticlePage } from './pages/ArticlePage.js';
import { DyadPage } from './pages/DyadPage.js';
import { HomePage } from './pages/HomePage.js';
import { SearchPage } from './pages/SearchPage.js';
import { pageOf } from './route.js';
import { href, useRoute } from './router.js';
import './style.css';

const NAV = [
  { path: '', label: 'Articles' },
  { path: 'search', label: 'Search' },
  { path: 'dyad', label: 'Dyads' },
  { path: 'analyze', label: 'Analyze' },
];

function Page() {
  const route = useRoute();
  const p = pageOf(route);
  if (p.page === 'article') return <ArticlePage id={p.id} />;
  if (p.page === 'actor') return <ActorPage id={p.id} />;
  if (p.page === 'dyad') return <DyadPage query={route.query} />;
  if (p.page === 'search') return <SearchPage query={route.query} />;
  if (p.page === 'analyze') return <AnalyzePage />;
  if (p.page === 'home') return <HomePage />;
  return <p class="state error" role="alert">There is no page “{route.path.join('/')}”.</p>;
}

function App() {
  const { path } = useRoute();
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">
          tidings
        </a>
        <nav aria-label="pages">
          {NAV.map((n) => (
            <a key={n.path} href={href(n.path ? [n.path] : [])} aria-current={(path[0] ?? '') === n.path ? 'page' : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page />
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
