/** Sources, linked only when their URL is http(s), opened in a new tab without an opener. */
import type { Source } from '../../model/schema.ts';

export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function SourceItem({ source }: { source: Source }) {
  const href = safeHttpUrl(source.url);
  const meta = [source.publisher, source.date].filter(Boolean).join(', ');
  return (
    <li className="source">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      {meta && <span className="muted"> — {meta}</span>}
    </li>
  );
}

export function SourceList({
  ids,
  sources,
}: {
  ids: readonly string[] | undefined;
  sources: Map<string, Source>;
}) {
  const list = (ids ?? []).map((id) => sources.get(id)).filter((s): s is Source => s !== undefined);
  if (list.length === 0) return null;
  return (
    <div className="sources">
      <h4>Sources</h4>
      <ul>
        {list.map((s) => (
          <SourceItem key={s.id} source={s} />
        ))}
      </ul>
    </div>
  );
}
