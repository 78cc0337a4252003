import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import '../../components/common/base.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
