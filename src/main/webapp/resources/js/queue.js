/*
 * The queue page (front-desk/index.xhtml) by push: the server says "changed" on the point's visitQueue channel after
 * every committed change of the point's visits; the page then asks for its queue and day log again (the remote command
 * visitQueueChanged), marked as a background request so that it does not keep the clerk's session alive.
 */
window.VisitQueue = {
    message: function (message) {
        if (message === 'changed' && typeof window.visitQueueChanged === 'function') {
            window.visitQueueChanged([{name: 'asiointipiste.background', value: 'true'}]);
        }
    }
};
