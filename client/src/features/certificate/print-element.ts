import classes from './certificate.module.css';

/**
 * Prints one element of the page alone (the certificate, even inside a modal): the print
 * stylesheet hides everything else while the body carries the marker class.
 */
export function printElement(element: HTMLElement) {
  document.body.classList.add(classes.printing);
  element.setAttribute('data-printing', '');
  const done = () => {
    document.body.classList.remove(classes.printing);
    element.removeAttribute('data-printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
