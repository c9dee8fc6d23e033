/**
 * The overview's bar on the canvas (issue 15): what the picture is (N blocs or communities of M
 * actors), a keyboard way to open any group, the card of the group tapped (open, close, its leading
 * members), "Close all", and "Show every actor" (today's large-graph drawing) or back to the overview.
 */
import { useMemo } from 'react';
import { useAppState } from '../state/store.ts';
import { OVERVIEW_THRESHOLD, type GroupingState } from '../state/overview.ts';
import { useOverviewShown } from './use-overview.ts';
import { closeGroup, openGroup, setOverviewMode, showGroupCard } from './actions.ts';
import './overview.css';
import { LINKS_PER_NODE, OPENED_NAMED_MAX } from '../../cy/overview-elements.ts';

interface GroupEntry {
  id: string;
  label: string;
  size: number;
}

function groupLabel(g: GroupingState, id: string, nameOf: (id: string) => string): string {
  return g.labels.get(id) ?? nameOf(id);
}

function useGroups(): GroupEntry[] {
  const grouping = useAppState((s) => s.overview.grouping);
  const dataset = useAppState((s) => s.data.dataset);
  return useMemo(() => {
    if (!grouping || !dataset) return [];
    const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
    const out: GroupEntry[] = [];
    for (const [id, members] of grouping.members)
      if (members.length > 1)
        out.push({
          id,
          label: groupLabel(grouping, id, (x) => names.get(x) ?? x),
          size: members.length,
        });
    return out.sort((a, b) => b.size - a.size || a.label.localeCompare(b.label));
  }, [grouping, dataset]);
}

function GroupCard({ groups }: { groups: readonly GroupEntry[] }) {
  const card = useAppState((s) => s.overview.card);
  const expanded = useAppState((s) => s.overview.expanded);
  const grouping = useAppState((s) => s.overview.grouping);
  const dataset = useAppState((s) => s.data.dataset);
  const entry = groups.find((g) => g.id === card);
  if (!entry || !grouping || !dataset) return null;
  const members = grouping.members.get(entry.id) ?? [];
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const open = expanded.includes(entry.id);
  return (
    <div className="overview-card" role="group" aria-label={`Group ${entry.label}`}>
      <strong>{entry.label}</strong> · {entry.size.toLocaleString('en')} members
      <div className="overview-members">
        {members
          .slice(0, 5)
          .map((m) => names.get(m) ?? m)
          .join(', ')}
        {members.length > 5 ? ` and ${(members.length - 5).toLocaleString('en')} more` : ''}
      </div>
      {open && members.length > OPENED_NAMED_MAX && (
        <div className="overview-members" data-testid="overview-unboxed">
          Open without its inner boxes (over {OPENED_NAMED_MAX} members): who belongs to whom is in
          Details.
        </div>
      )}
      <div className="overview-buttons">
        <button type="button" onClick={() => (open ? closeGroup(entry.id) : openGroup(entry.id))}>
          {open ? 'Close the group' : 'Open the group'}
        </button>
        <button type="button" className="link" onClick={() => showGroupCard(undefined)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

export function OverviewBar() {
  const shown = useOverviewShown();
  const actors = useAppState((s) => s.data.dataset?.actors.length ?? 0);
  const view = useAppState((s) => s.view.view);
  const grouping = useAppState((s) => s.overview.grouping);
  const pending = useAppState((s) => s.overview.groupingPending === true);
  const expanded = useAppState((s) => s.overview.expanded);
  const groups = useGroups();
  const unboxed = expanded.some((g) => (grouping?.members.get(g)?.length ?? 0) > OPENED_NAMED_MAX);
  if (view !== 'actors' || actors === 0) return null;
  if (!shown) {
    if (actors < OVERVIEW_THRESHOLD) return null;
    return (
      <div className="overview-bar" data-testid="overview-bar">
        Every actor drawn.{' '}
        <button type="button" onClick={() => setOverviewMode('auto')}>
          Back to the overview
        </button>
      </div>
    );
  }
  const kind = grouping?.kind === 'communities' ? 'communities' : 'blocs';
  return (
    <div className="overview-bar" data-testid="overview-bar" role="region" aria-label="Overview">
      {pending || !grouping ? (
        <span role="status">Grouping {actors.toLocaleString('en')} actors…</span>
      ) : (
        <>
          <span data-testid="overview-summary">
            Overview: {groups.length.toLocaleString('en')} {kind} of {actors.toLocaleString('en')}{' '}
            actors{expanded.length > 0 ? ` · ${expanded.length} open` : ''} · lines: each
            group&rsquo;s {LINKS_PER_NODE} strongest links
            {unboxed ? ` · groups of over ${OPENED_NAMED_MAX} open without inner boxes` : ''}
          </span>
          <label>
            <span className="visually-hidden">Open a group</span>
            <select
              value=""
              onChange={(e) => {
                if (e.target.value !== '') {
                  openGroup(e.target.value);
                  showGroupCard(e.target.value);
                }
              }}
            >
              <option value="">Open a group…</option>
              {groups.slice(0, 500).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label} ({g.size.toLocaleString('en')})
                </option>
              ))}
            </select>
          </label>
          {expanded.length > 0 && (
            <button type="button" onClick={() => expanded.forEach((g) => closeGroup(g))}>
              Close all
            </button>
          )}
          <button type="button" onClick={() => setOverviewMode('off')}>
            Show every actor
          </button>
          <GroupCard groups={groups} />
        </>
      )}
    </div>
  );
}
