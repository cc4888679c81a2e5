import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../error-message.ts';
import {
  downloadHostedModel,
  findHostedModel,
  type HostedModel,
} from '../platform/recognition/whisper/hosted-model.ts';
import type { RecognitionModelRecord } from '../store/database.ts';
import { saveRecognitionModel } from '../store/recognition-model.ts';

/** Where getting the site's model stands. */
export type HostedModelState =
  | { readonly state: 'looking' }
  | { readonly state: 'none' }
  | { readonly state: 'offered'; readonly model: HostedModel }
  | { readonly state: 'downloading'; readonly model: HostedModel; readonly done: number | undefined }
  | { readonly state: 'failed'; readonly model: HostedModel; readonly message: string };

export interface HostedModelOffer {
  readonly offer: HostedModelState;
  /** Downloads the site's model and keeps it as the model, as if the user had chosen the file. */
  readonly download: () => void;
  readonly cancel: () => void;
}

/**
 * The Whisper model this site serves, if any, while `wanted` (no model is kept yet): looked for once, and
 * downloaded only when the user asks. `onStored` hears of the model once it is kept.
 */
export function useHostedModel(
  wanted: boolean,
  onStored: (record: RecognitionModelRecord) => void,
): HostedModelOffer {
  const [offer, setOffer] = useState<HostedModelState>({ state: 'looking' });
  const running = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void findHostedModel().then((model) => {
      if (current) setOffer(model ? { state: 'offered', model } : { state: 'none' });
    });
    return () => {
      current = false;
    };
  }, [wanted]);

  // Leaving the page stops a download under way; nothing is kept from it.
  useEffect(() => () => running.current?.abort(), []);

  const download = useCallback(() => {
    if (offer.state !== 'offered' && offer.state !== 'failed') return;
    const { model } = offer;
    const controller = new AbortController();
    running.current = controller;
    setOffer({ state: 'downloading', model, done: model.bytes > 0 ? 0 : undefined });
    downloadHostedModel(
      model,
      (done) => {
        setOffer({ state: 'downloading', model, done });
      },
      controller.signal,
    )
      .then((file) => saveRecognitionModel(file))
      .then(onStored)
      .then(
        () => {
          setOffer({ state: 'offered', model });
        },
        (error: unknown) => {
          setOffer(
            controller.signal.aborted
              ? { state: 'offered', model }
              : { state: 'failed', model, message: errorMessage(error) },
          );
        },
      );
  }, [offer, onStored]);

  const cancel = useCallback(() => {
    running.current?.abort();
  }, []);

  return { offer, download, cancel };
}
