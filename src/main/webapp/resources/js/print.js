// The summary page's print button (no inline script in the pages).
document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'printButton') {
        window.print();
    }
});
