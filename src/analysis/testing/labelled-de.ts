import type { LabelledAnswer } from './labelled-answer.ts';

/** German answers, hand-labelled: would a fair interviewer tick each checkpoint? */
export const labelledGerman: readonly LabelledAnswer[] = [
  {
    question: 'Wie gehen Sie in Go mit Nebenläufigkeit um?',
    answer:
      'Also, in Go starte ich für jede unabhängige Aufgabe eine eigene Goroutine, die sind ja sehr leichtgewichtig, man kann problemlos zehntausend davon haben, und die Ergebnisse schicke ich über einen Channel zurück an den Aufrufer. Das Gefährliche ist, wenn zwei Goroutinen gleichzeitig in dieselbe Map schreiben, dann hängt das Ergebnis davon ab, wer zuerst drankommt, und im schlimmsten Fall stürzt das ganze Programm ab. Deshalb lassen wir in der CI alle Tests mit minus race laufen, das hat uns schon ein paar Mal gerettet. Mit Mutexen habe ich ehrlich gesagt kaum gearbeitet, ich versuche das meistens so zu bauen, dass jede Goroutine ihre eigenen Daten hat.',
    checkpoints: [
      { text: 'Erklärt Goroutinen und Channels', covered: true },
      { text: 'Erklärt Race Conditions', covered: true },
      { text: 'Erwähnt den Race Detector', covered: true },
      { text: 'Beschreibt Synchronisation mit Mutex', covered: false },
      { text: 'Erwähnt Context für Abbruch und Timeouts', covered: false },
    ],
  },
  {
    question: 'Warum haben Sie für die Kommunikation zwischen Ihren Services gRPC gewählt?',
    answer:
      'Ja, also wir hatten ungefähr zwanzig Services, die vorher über REST mit JSON gesprochen haben, und da gab es ständig Ärger, weil jemand ein Feld umbenannt hat und der andere Service das erst in Produktion gemerkt hat. Mit gRPC definieren wir die Schnittstelle in einer Proto-Datei, und daraus wird der Code für Client und Server generiert, dann meckert schon der Compiler. Die Nachrichten sind binär und deutlich kleiner, bei uns ungefähr ein Drittel. Der Nachteil ist, dass man nicht einfach mit curl draufschauen kann, man braucht extra Tools, und aus dem Browser geht es nur über einen Proxy. Streaming haben wir nie benutzt, das kenne ich eigentlich nur vom Namen.',
    checkpoints: [
      { text: 'Erklärt Protocol Buffers als Schnittstellenbeschreibung', covered: true },
      { text: 'Vergleicht mit REST und JSON', covered: true },
      { text: 'Erklärt bidirektionales Streaming', covered: false },
      { text: 'Beschreibt Deadlines und Fehlerbehandlung', covered: false },
      { text: 'Nennt Nachteile (Debugging, Browser-Unterstützung)', covered: true },
    ],
  },
  {
    question: 'Wie würden Sie Caching für eine Produktseite mit hoher Last einführen?',
    answer:
      'Also ich würde Redis davorsetzen. Der Service schaut bei jeder Anfrage zuerst in Redis nach, und nur wenn da nichts liegt, geht er in die Datenbank, holt das Produkt und legt es danach in Redis ab. Jeder Eintrag lebt maximal zehn Minuten, damit auch mal was rausfliegt, wenn wir irgendwo ein Update verpassen. Und wenn jemand im Backoffice ein Produkt ändert, zum Beispiel den Preis, schicken wir ein Event und der Eintrag wird sofort gelöscht, sonst sieht der Kunde eben zehn Minuten lang den alten Preis. Wie hoch die Trefferquote am Ende war, haben wir ehrlich gesagt nie gemessen, aber die Last auf der Datenbank ist deutlich runtergegangen.',
    checkpoints: [
      { text: 'Wählt eine Caching-Strategie (Cache-Aside)', covered: true },
      { text: 'Erklärt Cache-Invalidierung', covered: true },
      { text: 'Legt eine TTL fest', covered: true },
      { text: 'Behandelt Cache Stampede', covered: false },
      { text: 'Beschreibt Monitoring der Trefferquote', covered: false },
    ],
  },
  {
    question:
      'Wie stellen Sie sicher, dass Sie von Problemen in Produktion erfahren, bevor die Kunden anrufen?',
    answer:
      'Wir haben für jeden Service ein Dashboard in Grafana, die Daten kommen aus Prometheus, und wir schauen vor allem auf zwei Sachen, die Antwortzeiten im neunundneunzigsten Perzentil und den Anteil der fehlgeschlagenen Anfragen. Wenn der Anteil länger als fünf Minuten über zwei Prozent liegt, geht automatisch eine Nachricht an die Person, die gerade Bereitschaft hat, und wenn die nach fünfzehn Minuten nicht reagiert, wird der Teamleiter angerufen. Das hat nachts schon ein paar Mal gut funktioniert. Tracing haben wir noch nicht eingeführt, das steht seit einem Jahr auf der Liste, deshalb ist die Fehlersuche über mehrere Services hinweg manchmal ziemlich mühsam.',
    checkpoints: [
      { text: 'Beschreibt Monitoring und Alerting', covered: true },
      { text: 'Nennt konkrete Metriken (Latenz, Fehlerrate)', covered: true },
      { text: 'Erwähnt verteiltes Tracing', covered: false },
      { text: 'Erklärt SLOs und Fehlerbudgets', covered: false },
      { text: 'Beschreibt Rufbereitschaft und Eskalation', covered: true },
    ],
  },
  {
    question: 'Entwerfen Sie einen URL-Shortener.',
    answer:
      'Okay, zuerst würde ich klären, was das System eigentlich können muss, also aus einer langen URL einen kurzen Link machen, die Weiterleitung muss schnell sein, und ich nehme mal an, ungefähr hundert Millionen neue Links pro Monat. Wenn ein Eintrag grob fünfhundert Byte hat, sind das fünfzig Gigabyte im Monat, also in fünf Jahren etwa drei Terabyte, das ist überschaubar. Für die kurzen Kennungen würde ich einen fortlaufenden Zähler nehmen und den in Base62 umrechnen, dann reichen sieben Zeichen für Billionen von Links. Der Ablauf einer Weiterleitung ist dann ganz einfach, Kennung lesen, in der Datenbank nachschlagen und mit dreihunderteins antworten.',
    checkpoints: [
      { text: 'Nennt die Anforderungen', covered: true },
      { text: 'Schätzt Last und Speicherbedarf ab', covered: true },
      { text: 'Beschreibt die Erzeugung der Kurz-IDs', covered: true },
      { text: 'Diskutiert Ablauf und Löschung alter Links', covered: false },
      { text: 'Erwähnt Caching der Weiterleitungen', covered: false },
    ],
  },
  {
    question: 'In Ihrem Buchungssystem wurden Plätze doppelt vergeben. Wie gehen Sie vor?',
    answer:
      'Ja, das hatten wir tatsächlich. Das war eine klassische Race Condition, zwei Kunden haben fast gleichzeitig denselben Platz gewählt, beide Anfragen haben gelesen, dass der Platz frei ist, und beide haben dann gebucht. Wir haben das mit einem kleinen Lasttest nachgestellt, fünfzig parallele Anfragen auf denselben Platz, und schon nach ein paar Versuchen hatten wir doppelte Buchungen. Die Lösung war eine Versionsspalte in der Tabelle, beim Speichern prüfen wir, ob die Version noch dieselbe ist wie beim Lesen, und wenn nicht, bekommt der zweite Kunde eine Meldung, dass der Platz schon weg ist. Einen Unique Index haben wir nicht angelegt, weil die Tabelle historisch gewachsen ist und da viele alte Dubletten drin waren.',
    checkpoints: [
      { text: 'Erklärt Race Conditions', covered: true },
      { text: 'Schlägt optimistisches Locking vor', covered: true },
      { text: 'Erwähnt Datenbank-Constraints (Unique Index)', covered: false },
      { text: 'Beschreibt, wie das Problem reproduziert wurde', covered: true },
      { text: 'Erklärt Isolationsstufen von Transaktionen', covered: false },
    ],
  },
  {
    question: 'Wie würden Sie einen Monolithen in Microservices aufteilen?',
    answer:
      'Also ich würde das auf keinen Fall auf einmal machen. Wir haben bei meinem letzten Arbeitgeber einen Proxy vor den Monolithen gesetzt und dann Stück für Stück einzelne Pfade auf neue Services umgeleitet, bis vom alten Code fast nichts mehr übrig war, das hat ungefähr anderthalb Jahre gedauert. Geschnitten haben wir entlang der Fachlichkeit, also Bestellung, Lager und Rechnung, und jedes Team war für einen Bereich verantwortlich. Die Services informieren sich gegenseitig über Kafka, zum Beispiel verschickt die Bestellung ein Ereignis, sobald ein Kunde bezahlt hat, und das Lager reagiert darauf. Die Datenbank haben wir aber erstmal gemeinsam genutzt, alle Services greifen auf dieselben Tabellen zu.',
    checkpoints: [
      { text: 'Schneidet Services nach fachlichen Grenzen (Bounded Contexts)', covered: true },
      { text: 'Erwähnt das Strangler-Fig-Pattern', covered: true },
      { text: 'Sieht eine eigene Datenbank pro Service vor', covered: false },
      { text: 'Nennt Risiken verteilter Systeme', covered: false },
      { text: 'Beschreibt Kommunikation über Events', covered: true },
    ],
  },
  {
    question: 'Erzählen Sie von einer Situation, in der Sie mit einem Kollegen uneinig waren.',
    answer:
      'Ja, also wir hatten in einem Projekt die Diskussion, ob wir für einen neuen Service Go oder weiterhin C Sharp nehmen. Ein Kollege wollte unbedingt Go, ich war dagegen, weil das restliche Team nur C Sharp konnte, und das wurde in den Meetings ziemlich hitzig. Irgendwann habe ich mich mit ihm zu zweit hingesetzt und mir in Ruhe erklären lassen, warum ihm das so wichtig war, und ehrlich gesagt hatte er beim Speicherverbrauch einen Punkt. Am Ende haben wir uns darauf geeinigt, einen kleinen Prototyp in beiden Sprachen zu bauen, das Team hat sich dann gemeinsam für C Sharp entschieden, und der Kollege hat das auch mitgetragen. Gelernt habe ich daraus eigentlich nichts Neues, so gehe ich sowieso immer vor.',
    checkpoints: [
      { text: 'Beschreibt die Ausgangssituation', covered: true },
      { text: 'Zeigt Verständnis für die Sicht des anderen', covered: true },
      { text: 'Beschreibt das Ergebnis', covered: true },
      { text: 'Quantifiziert das Ergebnis', covered: false },
      { text: 'Reflektiert, was er daraus gelernt hat', covered: false },
    ],
  },
];
