/** The key of a scene: a dataset drawn in a view (positions are kept per scene and layout). */
export function sceneKeyOf(key: string, view: string, edgeMode: string): string {
  return `${key}|${view}|${view === 'actors' ? edgeMode : 'each'}`;
}
