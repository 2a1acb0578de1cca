import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { payFirstCosts } from '$lib/boot';

/** Runs before hydration (see boot.ts). */
export const init: ClientInit = () => payFirstCosts();

/**
 * A missing page (an unknown language path) is shown by the error page; it is not a fault
 * of the app, so nothing is written to the console for it.
 */
export const handleError: HandleClientError = ({ status, message }) => {
	if (status !== 404) console.error(message);
	return { message };
};
