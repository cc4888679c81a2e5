import type { HostedModelOffer as Offer } from '../../transcription/use-hosted-model.ts';
import type { WhisperModelInfo } from '../../platform/recognition/whisper/whisper-model-header.ts';

/** Megabytes, as a person reads a file's size. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / 1_000_000)} MB`;

/** What a model is, in a line: "Whisper base · English, German and Russian · q8_0". */
export function modelFacts(info: WhisperModelInfo): string {
  const languages = info.multilingual ? 'English, German and Russian' : 'English only';
  return `Whisper ${info.size} · ${languages} · ${info.weights}`;
}

/**
 * The model the site serves, offered while none is kept: downloaded from this site only when asked, with
 * its size said first (it is tens of megabytes) and its progress shown.
 */
export function HostedModelOffer({ offer, download, cancel }: Offer) {
  if (offer.state === 'looking' || offer.state === 'none') return null;
  const { model } = offer;
  const size = model.bytes > 0 ? `, ${megabytes(model.bytes)}` : '';
  return (
    <div className="hosted-model">
      <p>
        This site offers a model: {modelFacts(model.info)}
        {size}. It is downloaded from this site once and then kept in this browser.
      </p>
      {offer.state === 'downloading' ? (
        <p>
          <label>
            Downloading the model…{' '}
            <progress max={1} {...(offer.done === undefined ? {} : { value: offer.done })} />
          </label>{' '}
          <button type="button" className="button" onClick={cancel}>
            Cancel the download
          </button>
        </p>
      ) : (
        <button type="button" className="button button-primary" onClick={download}>
          Download this site's model
        </button>
      )}
      {offer.state === 'failed' && <p role="alert">{offer.message} Nothing was changed.</p>}
    </div>
  );
}
