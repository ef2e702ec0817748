/** The browser tab names the screen: "<screen> · Patchcord". */
import { useEffect } from 'react';

export const APP_NAME = 'Patchcord';

export function usePageTitle(screen: string | null | undefined): void {
  useEffect(() => {
    document.title = screen ? `${screen} · ${APP_NAME}` : APP_NAME;
  }, [screen]);
}
