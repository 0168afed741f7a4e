// Every unit test runs with the bundled permission catalog installed, as the popup and the
// background do (the content script installs the same data from the background's reply).
import '../../lib/catalog/bundled';
