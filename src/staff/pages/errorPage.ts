// A calm page for a refusal or a mistake (403, 404, 400 naming the field), with a way back.
import { layout, type PageContext } from './layout';
import { html } from './html';

export function errorPage(ctx: PageContext, message: string, back = '/staff'): string {
  return layout(ctx, ctx.t('staff:errors.title'), html`<div class="panel"><p>${message}</p><p><a href="${back}">${ctx.t('staff:errors.back')}</a></p></div>`);
}
