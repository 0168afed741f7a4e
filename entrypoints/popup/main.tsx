// The popup entrypoint: only renders the App (components/popup).
import { render } from 'preact';
import { App } from '../../components/popup/app';
import '../../components/palette.css';
import '../../components/popup/popup.css';

render(<App />, document.getElementById('app')!);
