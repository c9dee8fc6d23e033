/** The graph handle, shared with the components that act on the canvas (search, details, panels). */
import { createContext, useContext } from 'react';
import type { GraphHandle } from './graph-handle.ts';

export const ControllerContext = createContext<GraphHandle | undefined>(undefined);

export function useController(): GraphHandle {
  const c = useContext(ControllerContext);
  if (!c) throw new Error('useController: no GraphHandle above this component');
  return c;
}
