import type { HandlersFor } from '../../../shared/api/define'
import type { homeAreaApi } from '../../../shared/api/settings'
import type { ServiceContext } from '../context'
import { homeAreaSettings, setHomeArea } from './home-area'

export function homeAreaHandlers(ctx: ServiceContext): HandlersFor<typeof homeAreaApi> {
  return {
    'settings.homeArea': () => homeAreaSettings(ctx),
    'settings.setHomeArea': (input) => setHomeArea(ctx, input),
  }
}
