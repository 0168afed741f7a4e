// The options page entrypoint: only renders the OptionsApp (components/options).
import { render } from 'preact';
import { OptionsApp } from '../../components/options/app';
import '../../components/palette.css';
import '../../components/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
