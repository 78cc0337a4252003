import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import '../../components/common/base.css';
import './options.css';

render(<OptionsApp />, document.getElementById('app')!);
