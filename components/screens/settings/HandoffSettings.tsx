/** Send to phone and Receive: the serverless hand-off between the extension and the PWA. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDatabase } from '../../../utils/db/context';
import { useAppEnvironment } from '../../app-context';
import { AddressField } from '../../handoff/AddressField';
import { ReceivePanel } from '../../handoff/ReceivePanel';
import { SendPanel } from '../../handoff/SendPanel';
import { useHandoffAddress } from './handoff-address';
import { useHandoffSend } from './use-handoff-send';
import { useImportFlow } from './use-import-flow';
import { useQrScanner } from './use-qr-scanner';

export interface HandoffSetup {
  /** The PWA's address: the build's `PWA_URL` in the extension, its own in the PWA; null if unknown. */
  readonly appUrl: string | null;
  /** The extension lets the user set the address; the PWA knows its own. */
  readonly editableAddress: boolean;
  /** A code that arrived in the address (the link path); '' opens Receive empty. */
  readonly incoming?: { readonly code: string; readonly at: number } | null;
}

export function HandoffSettings({
  appVersion,
  setup,
}: {
  readonly appVersion: string;
  readonly setup: HandoffSetup;
}) {
  const db = useDatabase();
  const { clock } = useAppEnvironment();
  const address = useHandoffAddress(setup.appUrl);
  const appUrl = setup.editableAddress ? address.value : setup.appUrl;
  const send = useHandoffSend(db, appVersion, clock, appUrl);
  const flow = useImportFlow(db, appVersion, clock);
  const [text, setText] = useState('');
  const receive = (code: string) => {
    setText(code);
    flow.chooseCode(code);
  };
  const scanner = useQrScanner(receive);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!setup.incoming) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
    if (setup.incoming.code !== '') receive(setup.incoming.code);
  }, [setup.incoming]);
  useEffect(() => {
    if (flow.status.kind === 'applied') setText('');
  }, [flow.status.kind]);

  return (
    <>
      <SendPanel
        status={send.status}
        copy={send.copy}
        onOpen={send.open}
        onClose={send.close}
        onCopy={send.copyCode}
        addressField={
          setup.editableAddress ? (
            <AddressField value={address.override} builtIn={setup.appUrl} onSave={address.save} />
          ) : undefined
        }
      />
      <ReceivePanel
        headingRef={heading}
        text={text}
        onTextChange={setText}
        onRead={() => flow.chooseCode(text)}
        scan={scanner.status}
        onScan={scanner.start}
        onStopScan={scanner.stop}
        videoRef={scanner.videoRef}
        status={flow.status}
        mode={flow.mode}
        onModeChange={flow.setMode}
        onApply={flow.apply}
        onCancel={flow.cancel}
      />
    </>
  );
}
