/** The graph controller, shared with the components that act on the canvas (search, details). */
import { createContext, useContext } from 'react';
import { GraphController } from '../../cy/controller.ts';

export const ControllerContext = createContext<GraphController | undefined>(undefined);

export function useController(): GraphController {
  const c = useContext(ControllerContext);
  if (!c) throw new Error('useController: no GraphController above this component');
  return c;
}
