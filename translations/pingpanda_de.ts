<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityChart</name>
    <message numerus="yes">
        <source>%n event(s) today, by hour</source>
        <translation>
            <numerusform>%n Ereignis heute, nach Stunde</numerusform>
            <numerusform>%n Ereignisse heute, nach Stunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the last %1 days, by day</source>
        <translation>
            <numerusform>%n Ereignis in den letzten %1 Tagen, nach Tag</numerusform>
            <numerusform>%n Ereignisse in den letzten %1 Tagen, nach Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n Ereignis</numerusform>
            <numerusform>%1: %n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityQuery</name>
    <message>
        <source>Reading the dashboard</source>
        <translation>Die Übersicht lesen</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>A key&apos;s name must be 1 to 50 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (got &quot;%1&quot;), for example: backup-script.</source>
        <translation>Der Name eines Schlüssels muss aus 1 bis 50 Buchstaben, Ziffern, „.“, „-“ oder „_“ bestehen (erhalten: „%1“), zum Beispiel: backup-script.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>&amp;Every category</source>
        <translation>&amp;Jede Kategorie</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Nur diese:</translation>
    </message>
    <message>
        <source>New key for a tool</source>
        <translation>Neuer Schlüssel für ein Werkzeug</translation>
    </message>
    <message>
        <source>backup-script</source>
        <translation>backup-script</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Categories it may send</source>
        <translation>Kategorien, die er senden darf</translation>
    </message>
    <message>
        <source>&amp;Make key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Give each script or service its own key: you can tell them apart in the events, limit what each may send, and revoke one alone.</source>
        <translation>Geben Sie jedem Skript oder Dienst einen eigenen Schlüssel: So unterscheiden Sie sie, begrenzen, was jeder senden darf, und widerrufen einen allein.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>May send:</source>
        <translation>Darf senden:</translation>
    </message>
    <message>
        <source>Name the tool that will use the key.</source>
        <translation>Nennen Sie das Werkzeug, das den Schlüssel nutzen wird.</translation>
    </message>
    <message>
        <source>There is already a key named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Schlüssel namens „%1“.</translation>
    </message>
    <message>
        <source>Tick the categories it may send.</source>
        <translation>Haken Sie die Kategorien an, die er senden darf.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>Looking up the API key</source>
        <translation>API-Schlüssel nachschlagen</translation>
    </message>
    <message>
        <source>There is already an API key named &quot;%1&quot;. Choose another name, or revoke it first: pingpanda api-key revoke %1</source>
        <translation>Es gibt bereits einen API-Schlüssel namens „%1“. Wählen Sie einen anderen Namen oder widerrufen Sie ihn zuerst: pingpanda api-key revoke %1</translation>
    </message>
    <message>
        <source>Saving the API key</source>
        <translation>API-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Reading the API keys</source>
        <translation>API-Schlüssel lesen</translation>
    </message>
    <message>
        <source>Revoking the API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>There is no API key named &quot;%1&quot;. See them all with: pingpanda api-key list</source>
        <translation>Es gibt keinen API-Schlüssel namens „%1“. Alle anzeigen mit: pingpanda api-key list</translation>
    </message>
    <message>
        <source>Noting when the API key was used</source>
        <translation>Letzte Nutzung des API-Schlüssels vermerken</translation>
    </message>
</context>
<context>
    <name>ApiKeysPanel</name>
    <message>
        <source>Keys for tools</source>
        <translation>Schlüssel für Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Make key…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>May send</source>
        <translation>Darf senden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <source>No keys for tools yet. Every script can use the API key above; give a tool its own key to tell it apart, limit what it may send, and revoke it alone.</source>
        <translation>Noch keine Schlüssel für Werkzeuge. Jedes Skript kann den API-Schlüssel oben nutzen; ein eigener Schlüssel macht ein Werkzeug unterscheidbar, begrenzt, was es senden darf, und lässt sich allein widerrufen.</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Make key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>The tool sends this key as &apos;Authorization: Bearer &lt;key&gt;&apos;, like the API key above.</source>
        <translation>Das Werkzeug sendet diesen Schlüssel als „Authorization: Bearer &lt;key&gt;“, wie den API-Schlüssel oben.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot;? The tool using it gets 401 from its next request on.</source>
        <translation>Den Schlüssel „%1“ widerrufen? Das Werkzeug, das ihn nutzt, erhält ab seiner nächsten Anfrage 401.</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>Port %1 is already in use, perhaps by another PingPanda. Stop that program, or choose another port with --port N (or: pingpanda config set server.port N).</source>
        <translation>Port %1 ist bereits belegt, vielleicht von einem anderen PingPanda. Beenden Sie dieses Programm oder wählen Sie mit --port N einen anderen Port (oder: pingpanda config set server.port N).</translation>
    </message>
    <message>
        <source>Cannot listen on port %1: %2. Choose another port with --port N, or another address with --bind.</source>
        <translation>Auf Port %1 kann nicht gelauscht werden: %2. Wählen Sie mit --port N einen anderen Port oder mit --bind eine andere Adresse.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The folder %1 cannot be created, so PingPanda cannot start at login.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden, daher kann PingPanda nicht bei der Anmeldung starten.</translation>
    </message>
    <message>
        <source>Receives events and sends them to Discord</source>
        <translation>Empfängt Ereignisse und sendet sie an Discord</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2), so PingPanda cannot start at login.</source>
        <translation>%1 kann nicht geschrieben werden (%2), daher kann PingPanda nicht bei der Anmeldung starten.</translation>
    </message>
    <message>
        <source>%1 cannot be removed (%2); remove it to stop PingPanda starting at login.</source>
        <translation>%1 kann nicht entfernt werden (%2); entfernen Sie die Datei selbst, damit PingPanda nicht mehr bei der Anmeldung startet.</translation>
    </message>
</context>
<context>
    <name>BotTokenStepPage</name>
    <message>
        <source>Create your bot</source>
        <translation>Erstellen Sie Ihren Bot</translation>
    </message>
    <message>
        <source>Your bot sends you the events as direct messages. Its token stays in your system&apos;s keychain.</source>
        <translation>Ihr Bot schickt Ihnen die Ereignisse als Direktnachrichten. Sein Token bleibt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Token hier einfügen</translation>
    </message>
    <message>
        <source>Bot token check</source>
        <translation>Prüfung des Bot-Tokens</translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation>Bot-&amp;Token:</translation>
    </message>
    <message>
        <source>Open the &lt;a href=&quot;https://discord.com/developers/applications&quot;&gt;Discord Developer Portal&lt;/a&gt; and sign in with your Discord account.</source>
        <translation>Öffnen Sie das &lt;a href=&quot;https://discord.com/developers/applications&quot;&gt;Discord Developer Portal&lt;/a&gt; und melden Sie sich mit Ihrem Discord-Konto an.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;New Application&lt;/b&gt;, name it (PingPanda, for example) and accept Discord&apos;s terms.</source>
        <translation>Klicken Sie auf &lt;b&gt;New Application&lt;/b&gt;, geben Sie ihr einen Namen (zum Beispiel PingPanda) und stimmen Sie den Bedingungen von Discord zu.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Bot&lt;/b&gt; on the left, then &lt;b&gt;Reset Token&lt;/b&gt;, and copy the token.</source>
        <translation>Wählen Sie links &lt;b&gt;Bot&lt;/b&gt;, dann &lt;b&gt;Reset Token&lt;/b&gt;, und kopieren Sie das Token.</translation>
    </message>
    <message>
        <source>Paste it below. PingPanda checks it with Discord and keeps it in your keychain; it is not shown again.</source>
        <translation>Fügen Sie es unten ein. PingPanda prüft es bei Discord und bewahrt es in Ihrem Schlüsselbund auf; es wird nicht wieder angezeigt.</translation>
    </message>
    <message>
        <source>A token is already saved and Discord accepts it. Paste a new one only to replace it.</source>
        <translation>Ein Token ist bereits gespeichert, und Discord akzeptiert es. Fügen Sie nur dann ein neues ein, wenn Sie es ersetzen wollen.</translation>
    </message>
    <message>
        <source>That does not look like a bot token (three parts separated by dots). Copy it again in the Developer Portal: Bot &gt; Reset Token.</source>
        <translation>Das sieht nicht wie ein Bot-Token aus (drei durch Punkte getrennte Teile). Kopieren Sie es erneut im Developer Portal: Bot &gt; Reset Token.</translation>
    </message>
    <message>
        <source>It is saved in your keychain and will not be shown again.</source>
        <translation>Es ist in Ihrem Schlüsselbund gespeichert und wird nicht wieder angezeigt.</translation>
    </message>
</context>
<context>
    <name>BotUserStepPage</name>
    <message>
        <source>Let your bot reach you</source>
        <translation>Lassen Sie Ihren Bot Sie erreichen</translation>
    </message>
    <message>
        <source>Discord lets a bot send direct messages only to people who share a server with it.</source>
        <translation>Discord lässt einen Bot nur Personen Direktnachrichten schicken, die einen Server mit ihm teilen.</translation>
    </message>
    <message>
        <source>Your Discord user ID</source>
        <translation>Ihre Discord-Benutzer-ID</translation>
    </message>
    <message>
        <source>User ID check</source>
        <translation>Prüfung der Benutzer-ID</translation>
    </message>
    <message>
        <source>Your &amp;user ID:</source>
        <translation>Ihre &amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Invite your bot&lt;/a&gt; to a server you are in. Any server of yours will do; the + button in Discord&apos;s server list makes a new one.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Laden Sie Ihren Bot&lt;/a&gt; auf einen Server ein, auf dem Sie sind. Jeder Ihrer Server genügt; die Schaltfläche + in der Serverliste von Discord erstellt einen neuen.</translation>
    </message>
    <message>
        <source>In that server, click its name, open &lt;b&gt;Privacy Settings&lt;/b&gt; and make sure &lt;b&gt;Direct Messages&lt;/b&gt; is on.</source>
        <translation>Klicken Sie auf diesem Server auf seinen Namen, öffnen Sie &lt;b&gt;Privacy Settings&lt;/b&gt; und achten Sie darauf, dass &lt;b&gt;Direct Messages&lt;/b&gt; eingeschaltet ist.</translation>
    </message>
    <message>
        <source>In Discord&apos;s &lt;b&gt;User Settings&lt;/b&gt;, open &lt;b&gt;Advanced&lt;/b&gt; and turn on &lt;b&gt;Developer Mode&lt;/b&gt;.</source>
        <translation>Öffnen Sie in den &lt;b&gt;User Settings&lt;/b&gt; von Discord den Bereich &lt;b&gt;Advanced&lt;/b&gt; und schalten Sie &lt;b&gt;Developer Mode&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Right-click your own name and choose &lt;b&gt;Copy User ID&lt;/b&gt;. Paste it below.</source>
        <translation>Klicken Sie mit der rechten Maustaste auf Ihren eigenen Namen und wählen Sie &lt;b&gt;Copy User ID&lt;/b&gt;. Fügen Sie sie unten ein.</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <source>No emoji</source>
        <translation>Kein Emoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Own webhook</source>
        <translation>Eigener Webhook</translation>
    </message>
    <message>
        <source>Muted: its events are stored and shown, never sent.</source>
        <translation>Stumm: ihre Ereignisse werden gespeichert und angezeigt, nie gesendet.</translation>
    </message>
    <message>
        <source>Urgent: sent at once, even in quiet hours or a snooze.</source>
        <translation>Dringend: sofort gesendet, auch in Ruhezeiten oder beim Schlummern.</translation>
    </message>
    <message>
        <source>Held with the rest in quiet hours and snoozes.</source>
        <translation>In Ruhezeiten und beim Schlummern mit den übrigen zurückgehalten.</translation>
    </message>
    <message>
        <source>Sent to its own webhook, not the profile&apos;s destination.</source>
        <translation>An ihren eigenen Webhook gesendet, nicht an das Ziel des Profils.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Add &amp;quick-start categories</source>
        <translation>&amp;Schnellstart-Kategorien hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Adds bug 🐞, sale 💰 and question 🤔.</source>
        <translation>Fügt bug 🐞, sale 💰 und question 🤔 hinzu.</translation>
    </message>
    <message>
        <source>Quick-start categories</source>
        <translation>Schnellstart-Kategorien</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Kategorie bearbeiten</translation>
    </message>
    <message>
        <source>Delete the category &quot;%1&quot;? Scripts sending it will get 404 from then on.</source>
        <translation>Die Kategorie „%1“ löschen? Skripte, die sie senden, erhalten danach 404.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the category &quot;%1&quot;? Its %n event(s) stay in the history; scripts sending it will get 404 from then on.</source>
        <translation>
            <numerusform>Die Kategorie „%1“ löschen? Ihr %n Ereignis bleibt im Verlauf; Skripte, die sie senden, erhalten danach 404.</numerusform>
            <numerusform>Die Kategorie „%1“ löschen? Ihre %n Ereignisse bleiben im Verlauf; Skripte, die sie senden, erhalten danach 404.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No categories yet.&lt;/b&gt;&lt;br&gt;A category names a kind of event (a sale, a signup, a failed job) and gives its Discord message an emoji and a colour. Scripts can only send categories that exist: add your own, or the quick-start set.</source>
        <translation>&lt;b&gt;Noch keine Kategorien.&lt;/b&gt;&lt;br&gt;Eine Kategorie benennt eine Art von Ereignis (ein Verkauf, eine Anmeldung, ein fehlgeschlagener Job) und gibt seiner Discord-Nachricht ein Emoji und eine Farbe. Skripte können nur vorhandene Kategorien senden: Legen Sie eigene an oder die Schnellstart-Kategorien.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>A category name cannot be empty.</source>
        <translation>Ein Kategoriename darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The category name is %1 characters long; the limit is %2.</source>
        <translation>Der Kategoriename ist %1 Zeichen lang; erlaubt sind %2.</translation>
    </message>
    <message>
        <source>The category name &quot;%1&quot; may only contain lowercase letters (a-z), digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Der Kategoriename „%1“ darf nur Kleinbuchstaben (a-z), Ziffern, „-“ und „_“ enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour. Write it as six hex digits, like #FF6B6B.</source>
        <translation>„%1“ ist keine Farbe. Schreiben Sie sie als sechs Hexadezimalziffern, etwa #FF6B6B.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single emoji. Pick one emoji, like 💰, or leave it empty.</source>
        <translation>„%1“ ist kein einzelnes Emoji. Wählen Sie ein Emoji, etwa 💰, oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>CategoryCard</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Kategorie bearbeiten</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>verkauf</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Kategoriename</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &apos;-&apos; and &apos;_&apos;; scripts send it as &quot;category&quot;.</source>
        <translation>Kleinbuchstaben, Ziffern, „-“ und „_“; Skripte senden ihn als „category“.</translation>
    </message>
    <message>
        <source>none (🔔)</source>
        <translation>keins (🔔)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Use colour %1</source>
        <translation>Farbe %1 verwenden</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Pick any colour</source>
        <translation>Beliebige Farbe wählen</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Kategoriefarbe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Emoji:</source>
        <translation>&amp;Emoji:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>A category named &quot;%1&quot; already exists.</source>
        <translation>Eine Kategorie namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Fields to add up</source>
        <translation>Zu summierende Felder</translation>
    </message>
    <message>
        <source>every number that is not an ID or a code</source>
        <translation>jede Zahl, die keine ID und kein Code ist</translation>
    </message>
    <message>
        <source>Field names separated by commas, for example: amount, seats. The dashboard shows their totals on this category&apos;s card.</source>
        <translation>Feldnamen, durch Kommas getrennt, zum Beispiel: amount, seats. Das Dashboard zeigt ihre Summen auf der Karte dieser Kategorie.</translation>
    </message>
    <message>
        <source>Show &amp;totals of:</source>
        <translation>&amp;Summen zeigen von:</translation>
    </message>
    <message>
        <source>Numbers its events carried lately: %1</source>
        <translation>Zahlen in ihren letzten Ereignissen: %1</translation>
    </message>
    <message>
        <source>With the rest: held in quiet hours and snoozes</source>
        <translation>Mit den übrigen: in Ruhezeiten und beim Schlummern zurückgehalten</translation>
    </message>
    <message>
        <source>Urgent: sent at once, even when sends are held</source>
        <translation>Dringend: sofort gesendet, auch wenn das Senden zurückgehalten wird</translation>
    </message>
    <message>
        <source>Muted: stored and shown, never sent</source>
        <translation>Stumm: gespeichert und angezeigt, nie gesendet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>&amp;Sending:</source>
        <translation>&amp;Senden:</translation>
    </message>
    <message>
        <source>Own webhook</source>
        <translation>Eigener Webhook</translation>
    </message>
    <message>
        <source>none: to the profile&apos;s destination</source>
        <translation>keiner: an das Ziel des Profils</translation>
    </message>
    <message>
        <source>A Discord webhook address (the channel&apos;s settings &gt; Integrations &gt; Webhooks &gt; Copy Webhook URL). This category&apos;s events go there instead; if it breaks, only this category waits.</source>
        <translation>Eine Discord-Webhook-Adresse (Einstellungen des Kanals &gt; Integrationen &gt; Webhooks &gt; Webhook-URL kopieren). Die Ereignisse dieser Kategorie gehen stattdessen dorthin; fällt er aus, wartet nur diese Kategorie.</translation>
    </message>
    <message>
        <source>Own &amp;webhook:</source>
        <translation>Eigener &amp;Webhook:</translation>
    </message>
</context>
<context>
    <name>CategoryStore</name>
    <message>
        <source>A colour must be between #000000 and #FFFFFF.</source>
        <translation>Eine Farbe muss zwischen #000000 und #FFFFFF liegen.</translation>
    </message>
    <message>
        <source>A category named &quot;%1&quot; already exists.</source>
        <translation>Eine Kategorie namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Saving the category</source>
        <translation>Die Kategorie speichern</translation>
    </message>
    <message>
        <source>Moving the category&apos;s events</source>
        <translation>Ereignisse der Kategorie verschieben</translation>
    </message>
    <message>
        <source>Removing the category</source>
        <translation>Die Kategorie entfernen</translation>
    </message>
    <message>
        <source>There is no category named &quot;%1&quot;.</source>
        <translation>Es gibt keine Kategorie namens „%1“.</translation>
    </message>
    <message>
        <source>Reading the category</source>
        <translation>Die Kategorie lesen</translation>
    </message>
    <message>
        <source>Reading the categories</source>
        <translation>Die Kategorien lesen</translation>
    </message>
    <message>
        <source>Counting the category&apos;s events</source>
        <translation>Ereignisse der Kategorie zählen</translation>
    </message>
    <message>
        <source>Muting the category&apos;s events</source>
        <translation>Die Ereignisse der Kategorie stummschalten</translation>
    </message>
</context>
<context>
    <name>ChooseDestinationPage</name>
    <message>
        <source>A channel on a Discord server, through a &amp;webhook</source>
        <translation>Ein Kanal auf einem Discord-Server, über einen &amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;Direct messages from your own bot</source>
        <translation>&amp;Direktnachrichten von Ihrem eigenen Bot</translation>
    </message>
    <message>
        <source>Where should PingPanda send events?</source>
        <translation>Wohin soll PingPanda Ereignisse senden?</translation>
    </message>
    <message>
        <source>Pick one; you can change it later in Settings.</source>
        <translation>Wählen Sie eins; Sie können es später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>The simplest: about a minute. Everyone in the channel sees the events. You need to be allowed to manage the channel&apos;s webhooks.</source>
        <translation>Das Einfachste: etwa eine Minute. Alle im Kanal sehen die Ereignisse. Sie müssen die Webhooks des Kanals verwalten dürfen.</translation>
    </message>
    <message>
        <source>Private to you. About five minutes: you create a bot in Discord&apos;s Developer Portal and share a server with it.</source>
        <translation>Nur für Sie. Etwa fünf Minuten: Sie erstellen einen Bot im Developer Portal von Discord und teilen einen Server mit ihm.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The profile folder: database and settings (default: $PINGPANDA_DATA_DIR, else the system&apos;s app data folder).</source>
        <translation>Der Profilordner: Datenbank und Einstellungen (Standard: $PINGPANDA_DATA_DIR, sonst der Anwendungsdatenordner des Systems).</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Serve without the tray icon and window.</source>
        <translation>Ohne Symbol im Infobereich und ohne Fenster bereitstellen.</translation>
    </message>
    <message>
        <source>Listen on port N (0 picks a free one).</source>
        <translation>Auf Port N lauschen (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Listen on address ADDR (default 127.0.0.1).</source>
        <translation>Auf der Adresse ADDR lauschen (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Replace the key with a new one; the old one stops working.</source>
        <translation>Den Schlüssel durch einen neuen ersetzen; der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>The colour of the Discord message&apos;s bar.</source>
        <translation>Die Farbe des Balkens der Discord-Nachricht.</translation>
    </message>
    <message>
        <source>One emoji shown before the category&apos;s name.</source>
        <translation>Ein Emoji, das vor dem Namen der Kategorie steht.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Only events of category C.</source>
        <translation>Nur Ereignisse der Kategorie C.</translation>
    </message>
    <message>
        <source>At most N events, newest first (default 50).</source>
        <translation>Höchstens N Ereignisse, neueste zuerst (Standard 50).</translation>
    </message>
    <message>
        <source>The event&apos;s description (the message&apos;s text).</source>
        <translation>Die Beschreibung des Ereignisses (der Text der Nachricht).</translation>
    </message>
    <message>
        <source>A field of the message; repeat for more. Numbers and true/false are sent as such.</source>
        <translation>Ein Feld der Nachricht; für weitere wiederholen. Zahlen und true/false werden als solche gesendet.</translation>
    </message>
    <message>
        <source>Print the API key that scripts send as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Den API-Schlüssel ausgeben, den Skripte als „Authorization: Bearer &lt;key&gt;“ senden.</translation>
    </message>
    <message>
        <source>Add a category of events.</source>
        <translation>Eine Kategorie von Ereignissen hinzufügen.</translation>
    </message>
    <message>
        <source>List the categories.</source>
        <translation>Die Kategorien auflisten.</translation>
    </message>
    <message>
        <source>Remove a category. Its events stay in the history.</source>
        <translation>Eine Kategorie entfernen. Ihre Ereignisse bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Print a setting&apos;s value.</source>
        <translation>Den Wert einer Einstellung ausgeben.</translation>
    </message>
    <message>
        <source>Change a setting (VALUE &apos;-&apos; reads it from standard input).</source>
        <translation>Eine Einstellung ändern (WERT „-“ liest sie von der Standardeingabe).</translation>
    </message>
    <message>
        <source>Put a setting back to its default.</source>
        <translation>Eine Einstellung auf ihren Standard zurücksetzen.</translation>
    </message>
    <message>
        <source>List every setting with its value.</source>
        <translation>Jede Einstellung mit ihrem Wert auflisten.</translation>
    </message>
    <message>
        <source>List stored events, newest first.</source>
        <translation>Gespeicherte Ereignisse auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Read the Discord bot token from standard input and store it in the keychain.</source>
        <translation>Das Discord-Bot-Token von der Standardeingabe lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Remove the Discord bot token from the keychain.</source>
        <translation>Das Discord-Bot-Token aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Check the Discord setup (token, user, webhook) without sending anything.</source>
        <translation>Die Discord-Einrichtung prüfen (Token, Benutzer, Webhook), ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Send a failed event again.</source>
        <translation>Ein fehlgeschlagenes Ereignis erneut senden.</translation>
    </message>
    <message>
        <source>Send an event through the running PingPanda and print its id.</source>
        <translation>Ein Ereignis über das laufende PingPanda senden und seine ID ausgeben.</translation>
    </message>
    <message>
        <source>Serve the Events API: with the tray icon, or without a GUI.</source>
        <translation>Die Events-API bereitstellen: mit dem Symbol im Infobereich oder ohne Oberfläche.</translation>
    </message>
    <message>
        <source>Run &apos;pingpanda --help&apos; to see how to use it.</source>
        <translation>Mit „pingpanda --help“ sehen Sie, wie es verwendet wird.</translation>
    </message>
    <message>
        <source>Usage: pingpanda %1</source>
        <translation>Aufruf: pingpanda %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>PingPanda Desktop %1: forwards events from your scripts to Discord.</source>
        <translation>PingPanda Desktop %1: leitet Ereignisse aus Ihren Skripten an Discord weiter.</translation>
    </message>
    <message>
        <source>Usage: pingpanda [--headless] [--port N] [--bind ADDR]</source>
        <translation>Aufruf: pingpanda [--headless] [--port N] [--bind ADDR]</translation>
    </message>
    <message>
        <source>       pingpanda COMMAND [options]</source>
        <translation>        pingpanda BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options for serving:</source>
        <translation>Optionen für den Betrieb:</translation>
    </message>
    <message>
        <source>Everywhere:</source>
        <translation>Überall:</translation>
    </message>
    <message>
        <source>Run &apos;pingpanda COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„pingpanda BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand.</source>
        <translation>„%1“ braucht einen Unterbefehl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pingpanda command.</source>
        <translation>„%1“ ist kein pingpanda-Befehl.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Fehlendes Argument: %1.</translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation>Zu viele Argumente: %1.</translation>
    </message>
    <message>
        <source>This is a new API key; the old one no longer works. Update your scripts.</source>
        <translation>Dies ist ein neuer API-Schlüssel; der alte funktioniert nicht mehr. Passen Sie Ihre Skripte an.</translation>
    </message>
    <message>
        <source>Added the category &quot;%1&quot; (%2 %3).</source>
        <translation>Kategorie „%1“ hinzugefügt (%2 %3).</translation>
    </message>
    <message>
        <source>No categories yet. Add one with: pingpanda category add sale --emoji 💰 --color FFEB3B</source>
        <translation>Noch keine Kategorien. Fügen Sie eine hinzu mit: pingpanda category add sale --emoji 💰 --color FFEB3B</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EMOJI</source>
        <translation>EMOJI</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>FARBE</translation>
    </message>
    <message>
        <source>Removed the category &quot;%1&quot;.</source>
        <translation>Kategorie „%1“ entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the category &quot;%1&quot;. Its %n event(s) stay in the history.</source>
        <translation>
            <numerusform>Kategorie „%1“ entfernt. Ihr %n Ereignis bleibt im Verlauf.</numerusform>
            <numerusform>Kategorie „%1“ entfernt. Ihre %n Ereignisse bleiben im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no setting called &quot;%1&quot;. The settings are: %2.</source>
        <translation>Es gibt keine Einstellung namens „%1“. Die Einstellungen sind: %2.</translation>
    </message>
    <message>
        <source>Note: on %1 other computers that can reach this one can send events; keep the API key secret.</source>
        <translation>Hinweis: Auf %1 können andere Computer, die diesen erreichen, Ereignisse senden; halten Sie den API-Schlüssel geheim.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1.</source>
        <translation>--limit erwartet eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Keine Ereignisse passen.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, like --field plan=PRO (got &quot;%1&quot;).</source>
        <translation>--field erwartet SCHLÜSSEL=WERT, etwa --field plan=PRO (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>PingPanda is not running at %1 (%2). Start it with &apos;pingpanda&apos; or &apos;pingpanda --headless&apos;, then try again.</source>
        <translation>PingPanda läuft nicht unter %1 (%2). Starten Sie es mit „pingpanda“ oder „pingpanda --headless“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>PingPanda refused the event (HTTP %1): %2</source>
        <translation>PingPanda hat das Ereignis abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>PingPanda answered without an event id: %1</source>
        <translation>PingPanda hat ohne Ereignis-ID geantwortet: %1</translation>
    </message>
    <message>
        <source>Paste your Discord bot token, then press Enter: </source>
        <translation>Fügen Sie Ihr Discord-Bot-Token ein und drücken Sie die Eingabetaste: </translation>
    </message>
    <message>
        <source>No token was given. Pipe it in or paste it: pingpanda token set</source>
        <translation>Es wurde kein Token angegeben. Leiten Sie es per Pipe ein oder fügen Sie es ein: pingpanda token set</translation>
    </message>
    <message>
        <source>That does not look like a Discord bot token (three parts separated by dots). Copy it from the Discord Developer Portal: your application &gt; Bot &gt; Reset Token.</source>
        <translation>Das sieht nicht wie ein Discord-Bot-Token aus (drei durch Punkte getrennte Teile). Kopieren Sie es aus dem Discord Developer Portal: Ihre Anwendung &gt; Bot &gt; Reset Token.</translation>
    </message>
    <message>
        <source>Note: %1 is set in this environment and is used instead of the keychain while it is.</source>
        <translation>Hinweis: %1 ist in dieser Umgebung gesetzt und wird statt des Schlüsselbunds verwendet, solange es gesetzt ist.</translation>
    </message>
    <message>
        <source>Event %1 is %2; only failed events can be retried.</source>
        <translation>Ereignis %1 ist %2; nur fehlgeschlagene Ereignisse können erneut versucht werden.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again now.</source>
        <translation>Ereignis %1 wird jetzt erneut gesendet.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again when PingPanda runs.</source>
        <translation>Ereignis %1 wird erneut gesendet, sobald PingPanda läuft.</translation>
    </message>
    <message>
        <source>Fix it with: %1</source>
        <translation>Beheben mit: %1</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0 picks a free port).</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535 (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>--bind erwartet eine IP-Adresse, etwa 127.0.0.1.</translation>
    </message>
    <message>
        <source>This build cannot serve the Events API yet; the commands in &apos;pingpanda --help&apos; work.</source>
        <translation>Diese Version kann die Events-API noch nicht bereitstellen; die Befehle aus „pingpanda --help“ funktionieren.</translation>
    </message>
    <message>
        <source>The desktop part of PingPanda (pingpanda-desktop) is not installed, so there is no window or tray icon; serving without them (as with --headless). Install the full package for the desktop app.</source>
        <translation>Der Desktop-Teil von PingPanda (pingpanda-desktop) ist nicht installiert, daher gibt es kein Fenster und kein Symbol im Infobereich; es wird ohne sie bereitgestellt (wie mit --headless). Installieren Sie das vollständige Paket für die Desktop-App.</translation>
    </message>
    <message>
        <source>No display found, so there is no window or tray icon; serving without them (as with --headless).</source>
        <translation>Keine Anzeige gefunden, daher gibt es kein Fenster und kein Symbol im Infobereich; es wird ohne sie bereitgestellt (wie mit --headless).</translation>
    </message>
    <message>
        <source>PingPanda is already running for this data folder; its window is shown.</source>
        <translation>PingPanda läuft bereits für diesen Datenordner; sein Fenster wird angezeigt.</translation>
    </message>
    <message>
        <source>The option --%1 cannot be used when serving.</source>
        <translation>Die Option --%1 kann beim Bereitstellen nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The option --%1 cannot be used with &apos;pingpanda %2&apos;.</source>
        <translation>Die Option --%1 kann nicht mit „pingpanda %2“ verwendet werden.</translation>
    </message>
    <message>
        <source>How to read the payload: generic (default), github, grafana or uptime-kuma.</source>
        <translation>Wie die Nutzlast gelesen wird: generic (Standard), github, grafana oder uptime-kuma.</translation>
    </message>
    <message>
        <source>Send the event only when the command fails.</source>
        <translation>Das Ereignis nur senden, wenn der Befehl fehlschlägt.</translation>
    </message>
    <message>
        <source>Only these categories (default: every category).</source>
        <translation>Nur diese Kategorien (Standard: jede Kategorie).</translation>
    </message>
    <message>
        <source>Make a key for one tool; print it once (only a hash is kept).</source>
        <translation>Einen Schlüssel für ein Werkzeug erstellen; ihn einmal ausgeben (nur ein Hash wird gespeichert).</translation>
    </message>
    <message>
        <source>List the tools&apos; keys: name, categories, created, last used.</source>
        <translation>Die Schlüssel der Werkzeuge auflisten: Name, Kategorien, erstellt, zuletzt genutzt.</translation>
    </message>
    <message>
        <source>Revoke a tool&apos;s key; its requests get 401 at once.</source>
        <translation>Den Schlüssel eines Werkzeugs widerrufen; seine Anfragen erhalten sofort 401.</translation>
    </message>
    <message>
        <source>Take another program&apos;s webhooks (GitHub, Grafana, Uptime Kuma, any JSON) as events; print the URL and key once.</source>
        <translation>Webhooks eines anderen Programms (GitHub, Grafana, Uptime Kuma, beliebiges JSON) als Ereignisse annehmen; URL und Schlüssel einmal ausgeben.</translation>
    </message>
    <message>
        <source>The category of the hook&apos;s events (required).</source>
        <translation>Die Kategorie der Ereignisse des Hooks (erforderlich).</translation>
    </message>
    <message>
        <source>List the hooks: preset, category, what each last received.</source>
        <translation>Die Hooks auflisten: Vorlage, Kategorie, was jeder zuletzt empfing.</translation>
    </message>
    <message>
        <source>Remove a hook; its URL answers 404 from then on.</source>
        <translation>Einen Hook entfernen; seine URL antwortet danach mit 404.</translation>
    </message>
    <message>
        <source>Run a command as usual, then send an event saying how it ended.</source>
        <translation>Einen Befehl wie gewohnt ausführen und dann ein Ereignis senden, wie er endete.</translation>
    </message>
    <message>
        <source>The event&apos;s category (default: job, made the first time).</source>
        <translation>Die Kategorie des Ereignisses (Standard: job, beim ersten Mal angelegt).</translation>
    </message>
    <message>
        <source>Put -- before the command and its options: pingpanda run -- COMMAND [ARG...].</source>
        <translation>Setzen Sie -- vor den Befehl und seine Optionen: pingpanda run -- COMMAND [ARG...].</translation>
    </message>
    <message>
        <source>Say which category its events get: pingpanda hook add %1 --category C.</source>
        <translation>Geben Sie an, welche Kategorie seine Ereignisse erhalten: pingpanda hook add %1 --category C.</translation>
    </message>
    <message>
        <source>--preset takes one of: %1 (got &quot;%2&quot;).</source>
        <translation>--preset nimmt einen dieser Werte: %1 (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>Made the hook &quot;%1&quot; (preset %2): its events go to the category %3.</source>
        <translation>Hook „%1“ erstellt (Vorlage %2): Seine Ereignisse gehen in die Kategorie %3.</translation>
    </message>
    <message>
        <source>In the repository: Settings &gt; Webhooks &gt; Add webhook.</source>
        <translation>Im Repository: Settings &gt; Webhooks &gt; Add webhook.</translation>
    </message>
    <message>
        <source>Payload URL:  %1</source>
        <translation>Payload URL:  %1</translation>
    </message>
    <message>
        <source>Content type: application/json</source>
        <translation>Content type: application/json</translation>
    </message>
    <message>
        <source>Secret:       %1</source>
        <translation>Secret:       %1</translation>
    </message>
    <message>
        <source>Point the sender at this URL:</source>
        <translation>Richten Sie den Absender auf diese URL:</translation>
    </message>
    <message>
        <source>or send the key as the header &apos;Authorization: Bearer %1&apos;.</source>
        <translation>oder senden Sie den Schlüssel als Header „Authorization: Bearer %1“.</translation>
    </message>
    <message>
        <source>Copy it now: PingPanda keeps only a hash of the key and cannot show it again.</source>
        <translation>Kopieren Sie ihn jetzt: PingPanda speichert nur einen Hash des Schlüssels und kann ihn nicht erneut anzeigen.</translation>
    </message>
    <message>
        <source>This address works on this computer only. A sender elsewhere reaches it through a tunnel or reverse proxy; then allow its host name with: pingpanda config set server.allowed-hosts NAME</source>
        <translation>Diese Adresse funktioniert nur auf diesem Computer. Ein Absender anderswo erreicht sie über einen Tunnel oder Reverse-Proxy; erlauben Sie dann dessen Hostnamen mit: pingpanda config set server.allowed-hosts NAME</translation>
    </message>
    <message>
        <source>No hooks yet. Make one with: pingpanda hook add github-shop --category deploy --preset github</source>
        <translation>Noch keine Hooks. Erstellen Sie einen mit: pingpanda hook add github-shop --category deploy --preset github</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>LAST RECEIVED</source>
        <translation>ZULETZT EMPFANGEN</translation>
    </message>
    <message>
        <source>BECAME</source>
        <translation>WURDE ZU</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Removed the hook &quot;%1&quot;: its URL now answers 404.</source>
        <translation>Hook „%1“ entfernt: Seine URL antwortet jetzt mit 404.</translation>
    </message>
    <message>
        <source>Made the API key &quot;%1&quot;; it may send every category.</source>
        <translation>API-Schlüssel „%1“ erstellt; er darf jede Kategorie senden.</translation>
    </message>
    <message>
        <source>Made the API key &quot;%1&quot;; it may send: %2.</source>
        <translation>API-Schlüssel „%1“ erstellt; er darf senden: %2.</translation>
    </message>
    <message>
        <source>Copy it now: PingPanda keeps only a hash and cannot show it again.</source>
        <translation>Kopieren Sie ihn jetzt: PingPanda speichert nur einen Hash und kann ihn nicht erneut anzeigen.</translation>
    </message>
    <message>
        <source>No keys for tools yet. Make one with: pingpanda api-key add backup-script --categories backup</source>
        <translation>Noch keine Schlüssel für Werkzeuge. Erstellen Sie einen mit: pingpanda api-key add backup-script --categories backup</translation>
    </message>
    <message>
        <source>CATEGORIES</source>
        <translation>KATEGORIEN</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT GENUTZT</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Revoked the API key &quot;%1&quot;: requests with it now get 401.</source>
        <translation>API-Schlüssel „%1“ widerrufen: Anfragen damit erhalten jetzt 401.</translation>
    </message>
    <message>
        <source>The event was not sent: %1</source>
        <translation>Das Ereignis wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Apply history.keep-days and history.max-events now; print how many went.</source>
        <translation>history.keep-days und history.max-events jetzt anwenden; ausgeben, wie viele gelöscht wurden.</translation>
    </message>
    <message>
        <source>Every event is kept: set history.keep-days or history.max-events first, for example: pingpanda config set history.keep-days 90</source>
        <translation>Jedes Ereignis wird behalten: Setzen Sie zuerst history.keep-days oder history.max-events, zum Beispiel: pingpanda config set history.keep-days 90</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s); %1 kept, %2 MB on disk (was %3 MB).</source>
        <translation>
            <numerusform>%n Ereignis gelöscht; %1 behalten, %2 MB auf der Festplatte (vorher %3 MB).</numerusform>
            <numerusform>%n Ereignisse gelöscht; %1 behalten, %2 MB auf der Festplatte (vorher %3 MB).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only events with delivery status S: pending, delivered, failed or muted.</source>
        <translation>Nur Ereignisse mit Zustellstatus S: pending, delivered, failed oder muted.</translation>
    </message>
    <message>
        <source>Send its events at once, even in quiet hours or a snooze.</source>
        <translation>Ihre Ereignisse sofort senden, auch in Ruhezeiten oder beim Schlummern.</translation>
    </message>
    <message>
        <source>Hold its events with the rest (the default).</source>
        <translation>Ihre Ereignisse mit den übrigen zurückhalten (Standard).</translation>
    </message>
    <message>
        <source>Store its events but never send them (status MUTED).</source>
        <translation>Ihre Ereignisse speichern, aber nie senden (Status MUTED).</translation>
    </message>
    <message>
        <source>Send its events again.</source>
        <translation>Ihre Ereignisse wieder senden.</translation>
    </message>
    <message>
        <source>Send its events to this Discord webhook instead of the profile&apos;s destination.</source>
        <translation>Ihre Ereignisse an diesen Discord-Webhook statt an das Ziel des Profils senden.</translation>
    </message>
    <message>
        <source>Send its events to the profile&apos;s destination again.</source>
        <translation>Ihre Ereignisse wieder an das Ziel des Profils senden.</translation>
    </message>
    <message>
        <source>Change a category&apos;s rules: urgent, muted, its own webhook.</source>
        <translation>Die Regeln einer Kategorie ändern: dringend, stumm, eigener Webhook.</translation>
    </message>
    <message>
        <source>Hold sends for a while (45s, 30m, 2h, 1d), then send what came as one digest; off resumes now, quiet hours under way included.</source>
        <translation>Senden eine Weile zurückhalten (45s, 30m, 2h, 1d), dann das Eingegangene als eine Zusammenfassung senden; off setzt jetzt fort, auch laufende Ruhezeiten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a delivery status; use pending, delivered, failed or muted.</source>
        <translation>„%1“ ist kein Zustellstatus; verwenden Sie pending, delivered, failed oder muted.</translation>
    </message>
    <message>
        <source>sent to its own webhook</source>
        <translation>an ihren eigenen Webhook gesendet</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other; give one.</source>
        <translation>--%1 und --%2 widersprechen sich; geben Sie eines an.</translation>
    </message>
    <message>
        <source>Say what to change: --urgent or --no-urgent, --mute or --unmute, --webhook URL or --no-webhook.</source>
        <translation>Geben Sie an, was sich ändern soll: --urgent oder --no-urgent, --mute oder --unmute, --webhook URL oder --no-webhook.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is now %2.</source>
        <translation>Die Kategorie „%1“ ist jetzt %2.</translation>
    </message>
    <message>
        <source>Sends resumed. What was held goes out now as one digest.</source>
        <translation>Senden fortgesetzt. Was zurückgehalten wurde, geht jetzt als eine Zusammenfassung hinaus.</translation>
    </message>
    <message>
        <source>Sends are held until %1. Events are stored meanwhile and go out as one digest then; urgent categories are still sent. Resume early with: pingpanda snooze off</source>
        <translation>Senden ist bis %1 zurückgehalten. Ereignisse werden solange gespeichert und gehen dann als eine Zusammenfassung hinaus; dringende Kategorien werden weiter gesendet. Früher fortsetzen mit: pingpanda snooze off</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>REGELN</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>own webhook</source>
        <translation>eigener Webhook</translation>
    </message>
    <message>
        <source>muted (its events are stored but never sent)</source>
        <translation>stumm (ihre Ereignisse werden gespeichert, aber nie gesendet)</translation>
    </message>
    <message>
        <source>urgent (sent at once, even in quiet hours or a snooze)</source>
        <translation>dringend (sofort gesendet, auch in Ruhezeiten oder beim Schlummern)</translation>
    </message>
    <message>
        <source>like the rest (sent to the profile&apos;s destination, held in quiet hours)</source>
        <translation>wie die übrigen (an das Ziel des Profils gesendet, in Ruhezeiten zurückgehalten)</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>the 7 days before</source>
        <translation>die 7 Tage davor</translation>
    </message>
    <message>
        <source>the 30 days before</source>
        <translation>die 30 Tage davor</translation>
    </message>
    <message>
        <source>same as %1</source>
        <translation>gleich wie %1</translation>
    </message>
    <message>
        <source>none %1</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>%1%2% vs %3</source>
        <translation>%1%2 % vs. %3</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Add &amp;quick-start categories</source>
        <translation>&amp;Schnellstart-Kategorien hinzufügen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Send your first event&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Senden Sie Ihr erstes Ereignis&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Run this in a terminal or a script. The event appears here the moment it arrives, and on Discord right after.</source>
        <translation>Führen Sie dies in einem Terminal oder Skript aus. Das Ereignis erscheint hier, sobald es eintrifft, und gleich danach in Discord.</translation>
    </message>
    <message>
        <source>Command for the first event</source>
        <translation>Befehl für das erste Ereignis</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>First, tell PingPanda where to send events: your bot&apos;s direct messages or a channel webhook. Until then the API answers 403.</source>
        <translation>Sagen Sie PingPanda zuerst, wohin Ereignisse gehen sollen: in die Direktnachrichten Ihres Bots oder an einen Kanal-Webhook. Bis dahin antwortet die API mit 403.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Categories at a glance</source>
        <translation>Kategorien auf einen Blick</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>All events today, by hour</source>
        <translation>Alle Ereignisse heute, nach Stunde</translation>
    </message>
    <message>
        <source>All events in the last %1 days, by day</source>
        <translation>Alle Ereignisse der letzten %1 Tage, nach Tag</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 exists but is not a folder. Choose another data folder with --data-dir.</source>
        <translation>%1 existiert, ist aber kein Ordner. Wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that you may write there, or choose another folder with --data-dir.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2.</source>
        <translation>Die Datenbankdatei %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>No data folder was given.</source>
        <translation>Es wurde kein Datenordner angegeben.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The database could not prepare a statement: %1.</source>
        <translation>Die Datenbank konnte eine Anweisung nicht vorbereiten: %1.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1.</source>
        <translation>Die Datenbank ist beschäftigt oder nicht beschreibbar: %1.</translation>
    </message>
    <message>
        <source>The database could not save the change: %1.</source>
        <translation>Die Datenbank konnte die Änderung nicht speichern: %1.</translation>
    </message>
    <message>
        <source>%1 is not a PingPanda database (%2). Move it away or choose another data folder with --data-dir; PingPanda will not overwrite it.</source>
        <translation>%1 ist keine PingPanda-Datenbank (%2). Verschieben Sie die Datei oder wählen Sie mit --data-dir einen anderen Datenordner; PingPanda überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>The database %1 could not switch to write-ahead logging (%2).</source>
        <translation>Die Datenbank %1 konnte nicht auf Write-Ahead-Logging umstellen (%2).</translation>
    </message>
    <message>
        <source>The database could not be configured: %1.</source>
        <translation>Die Datenbank konnte nicht eingerichtet werden: %1.</translation>
    </message>
    <message>
        <source>Could not read the database version: %1.</source>
        <translation>Die Version der Datenbank konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Could not read the database header: %1.</source>
        <translation>Der Kopf der Datenbank konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Could not read the database schema: %1.</source>
        <translation>Das Schema der Datenbank konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not PingPanda. Move it away or choose another data folder with --data-dir; PingPanda will not change it.</source>
        <translation>%1 gehört zu einem anderen Programm, nicht zu PingPanda. Verschieben Sie die Datei oder wählen Sie mit --data-dir einen anderen Datenordner; PingPanda verändert sie nicht.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PingPanda (database version %2; this one knows up to %3). Update PingPanda, or choose another data folder with --data-dir.</source>
        <translation>%1 wurde von einem neueren PingPanda geschrieben (Datenbankversion %2; diese Version kennt bis %3). Aktualisieren Sie PingPanda oder wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1: %2.</source>
        <translation>Die Datenbank konnte nicht auf Version %1 aktualisiert werden: %2.</translation>
    </message>
    <message>
        <source>Could not record the database version: %1.</source>
        <translation>Die Version der Datenbank konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation>Die Datenbank einrichten</translation>
    </message>
    <message>
        <source>Could not read the database&apos;s vacuum mode: %1.</source>
        <translation>Der Vacuum-Modus der Datenbank konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Could not rewrite the database to give space back: %1.</source>
        <translation>Die Datenbank konnte nicht neu geschrieben werden, um Platz freizugeben: %1.</translation>
    </message>
</context>
<context>
    <name>DeliveryQueue</name>
    <message>
        <source>Discord does not let your bot send you direct messages. Share a server with the bot and allow direct messages from server members (User Settings &gt; Privacy &amp; Safety), then retry the event.</source>
        <translation>Discord erlaubt Ihrem Bot nicht, Ihnen Direktnachrichten zu senden. Teilen Sie einen Server mit dem Bot und erlauben Sie Direktnachrichten von Servermitgliedern (Benutzereinstellungen &gt; Privatsphäre &amp; Sicherheit), dann versuchen Sie das Ereignis erneut.</translation>
    </message>
    <message>
        <source>Discord has no user with the ID %1 the bot can reach. Check it, then set it with: pingpanda config set discord.user-id YOUR_ID</source>
        <translation>Discord hat keinen Benutzer mit der ID %1, den der Bot erreichen kann. Prüfen Sie sie und setzen Sie sie dann mit: pingpanda config set discord.user-id IHRE_ID</translation>
    </message>
    <message>
        <source>The Discord webhook no longer exists. Create a new one in the channel&apos;s settings (Integrations &gt; Webhooks) and set it with: pingpanda config set discord.webhook-url URL</source>
        <translation>Der Discord-Webhook existiert nicht mehr. Legen Sie in den Einstellungen des Kanals einen neuen an (Integrationen &gt; Webhooks) und setzen Sie ihn mit: pingpanda config set discord.webhook-url URL</translation>
    </message>
    <message>
        <source>The bot lacks the permission to post there (Discord error %1: %2).</source>
        <translation>Dem Bot fehlt die Berechtigung, dort zu posten (Discord-Fehler %1: %2).</translation>
    </message>
    <message>
        <source>Discord refused the bot token (401 Unauthorized). Set the current token with: pingpanda token set</source>
        <translation>Discord hat das Bot-Token abgelehnt (401 Unauthorized). Setzen Sie das aktuelle Token mit: pingpanda token set</translation>
    </message>
    <message>
        <source>The Discord webhook no longer exists (404). Create a new one in the channel&apos;s settings (Integrations &gt; Webhooks) and set it with: pingpanda config set discord.webhook-url URL</source>
        <translation>Der Discord-Webhook existiert nicht mehr (404). Legen Sie in den Einstellungen des Kanals einen neuen an (Integrationen &gt; Webhooks) und setzen Sie ihn mit: pingpanda config set discord.webhook-url URL</translation>
    </message>
    <message>
        <source>Discord refused the message (HTTP %1%2).</source>
        <translation>Discord hat die Nachricht abgelehnt (HTTP %1%2).</translation>
    </message>
    <message>
        <source>Discord could not be reached (%1); trying again in %2 s.</source>
        <translation>Discord war nicht erreichbar (%1); neuer Versuch in %2 s.</translation>
    </message>
</context>
<context>
    <name>DiscordCheck</name>
    <message>
        <source>Discord could not be reached (%1). Check the internet connection.</source>
        <translation>Discord war nicht erreichbar (%1). Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>The webhook works: events are posted by &quot;%1&quot; (nothing was sent now).</source>
        <translation>Der Webhook funktioniert: Ereignisse werden von „%1“ gepostet (jetzt wurde nichts gesendet).</translation>
    </message>
    <message>
        <source>The webhook no longer exists. Create a new one in the channel&apos;s settings (Integrations &gt; Webhooks) and set its address.</source>
        <translation>Der Webhook existiert nicht mehr. Legen Sie in den Einstellungen des Kanals einen neuen an (Integrationen &gt; Webhooks) und setzen Sie seine Adresse.</translation>
    </message>
    <message>
        <source>The webhook could not be checked: %1</source>
        <translation>Der Webhook konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Discord is not set up. Set a webhook address, or your Discord user ID and a bot token.</source>
        <translation>Discord ist nicht eingerichtet. Setzen Sie eine Webhook-Adresse oder Ihre Discord-Benutzer-ID und ein Bot-Token.</translation>
    </message>
    <message>
        <source>Discord refused the bot token. Copy the current one from the Discord Developer Portal (your application &gt; Bot &gt; Reset Token) and save it again.</source>
        <translation>Discord hat das Bot-Token abgelehnt. Kopieren Sie das aktuelle aus dem Discord Developer Portal (Ihre Anwendung &gt; Bot &gt; Reset Token) und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>The bot token could not be checked: %1</source>
        <translation>Das Bot-Token konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The bot token works (the bot is &quot;%1&quot;).</source>
        <translation>Das Bot-Token funktioniert (der Bot heißt „%1“).</translation>
    </message>
    <message>
        <source>Discord has no user with the ID %1 that the bot can reach. In Discord, turn on Developer Mode, right-click your name and choose Copy User ID.</source>
        <translation>Discord hat keinen Benutzer mit der ID %1, den der Bot erreichen kann. Schalten Sie in Discord den Entwicklermodus ein, klicken Sie mit der rechten Maustaste auf Ihren Namen und wählen Sie „Benutzer-ID kopieren“.</translation>
    </message>
    <message>
        <source>The direct message could not be checked: %1</source>
        <translation>Die Direktnachricht konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The bot can open a direct message with user %1 (nothing was sent). If events fail with &quot;may not send you direct messages&quot;, share a server with the bot and allow direct messages from its members.</source>
        <translation>Der Bot kann eine Direktnachricht an Benutzer %1 öffnen (es wurde nichts gesendet). Schlagen Ereignisse mit „may not send you direct messages“ fehl, teilen Sie einen Server mit dem Bot und erlauben Sie Direktnachrichten von dessen Mitgliedern.</translation>
    </message>
</context>
<context>
    <name>DiscordEmbed</name>
    <message numerus="yes">
        <source>**%n event(s)** while sends were held.</source>
        <translation>
            <numerusform>**%n Ereignis**, während das Senden zurückgehalten wurde.</numerusform>
            <numerusform>**%n Ereignisse**, während das Senden zurückgehalten wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiteres.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscordPanel</name>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Direct messages from my &amp;bot</source>
        <translation>Direktnachrichten von meinem &amp;Bot</translation>
    </message>
    <message>
        <source>Posts in a channel through a &amp;webhook</source>
        <translation>Beiträge in einem Kanal über einen &amp;Webhook</translation>
    </message>
    <message>
        <source>Discord user ID</source>
        <translation>Discord-Benutzer-ID</translation>
    </message>
    <message>
        <source>In Discord, turn on Developer Mode (Settings &gt; Advanced), then right-click your name and choose Copy User ID.</source>
        <translation>Schalten Sie in Discord den Entwicklermodus ein (Einstellungen &gt; Erweitert), klicken Sie dann mit der rechten Maustaste auf Ihren Namen und wählen Sie „Benutzer-ID kopieren“.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>Paste a new bot token</source>
        <translation>Neues Bot-Token einfügen</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>Bot token state</source>
        <translation>Zustand des Bot-Tokens</translation>
    </message>
    <message>
        <source>Connection check result</source>
        <translation>Ergebnis der Verbindungsprüfung</translation>
    </message>
    <message>
        <source>Save &amp;token</source>
        <translation>&amp;Token speichern</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <source>Save &amp;destination</source>
        <translation>&amp;Ziel speichern</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Set up with the &amp;assistant…</source>
        <translation>Mit dem &amp;Assistenten einrichten…</translation>
    </message>
    <message>
        <source>Step by step, with each step checked against Discord.</source>
        <translation>Schritt für Schritt, jeder Schritt bei Discord geprüft.</translation>
    </message>
    <message>
        <source>Send events as:</source>
        <translation>Ereignisse senden als:</translation>
    </message>
    <message>
        <source>Your &amp;user ID:</source>
        <translation>Ihre Ben&amp;utzer-ID:</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>Bot-To&amp;ken:</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>Webhook-&amp;Adresse:</translation>
    </message>
    <message>
        <source>A token is saved in the keychain.</source>
        <translation>Ein Token ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No token is saved yet.</source>
        <translation>Noch kein Token gespeichert.</translation>
    </message>
    <message>
        <source>That does not look like a bot token (three parts separated by dots). Copy it from the Discord Developer Portal: your application &gt; Bot &gt; Reset Token.</source>
        <translation>Das sieht nicht wie ein Bot-Token aus (drei durch Punkte getrennte Teile). Kopieren Sie es aus dem Discord Developer Portal: Ihre Anwendung &gt; Bot &gt; Reset Token.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>EventCounts</name>
    <message>
        <source>Counting the events</source>
        <translation>Ereignisse zählen</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>Looking up the idempotency key</source>
        <translation>Idempotenzschlüssel nachschlagen</translation>
    </message>
    <message>
        <source>The Idempotency-Key &quot;%1&quot; was already used for a different request. Use a new key for a new event.</source>
        <translation>Der Idempotency-Key „%1“ wurde bereits für eine andere Anfrage verwendet. Verwenden Sie für ein neues Ereignis einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>An event&apos;s fields must be an object of names and values.</source>
        <translation>Die Felder eines Ereignisses müssen ein Objekt aus Namen und Werten sein.</translation>
    </message>
    <message>
        <source>Looking up the category</source>
        <translation>Kategorie nachschlagen</translation>
    </message>
    <message>
        <source>There is no category named &quot;%1&quot;.</source>
        <translation>Es gibt keine Kategorie namens „%1“.</translation>
    </message>
    <message>
        <source>Saving the event</source>
        <translation>Das Ereignis speichern</translation>
    </message>
    <message>
        <source>Forgetting old idempotency keys</source>
        <translation>Alte Idempotenzschlüssel vergessen</translation>
    </message>
    <message>
        <source>Saving the idempotency key</source>
        <translation>Den Idempotenzschlüssel speichern</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Das Ereignis lesen</translation>
    </message>
    <message>
        <source>There is no event with the id &quot;%1&quot;.</source>
        <translation>Es gibt kein Ereignis mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The number of events to list must be between 1 and %1.</source>
        <translation>Die Zahl der aufzulistenden Ereignisse muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>Der Versatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Ereignisse auflisten</translation>
    </message>
    <message>
        <source>Counting events</source>
        <translation>Ereignisse zählen</translation>
    </message>
    <message>
        <source>Reading the delivery history</source>
        <translation>Den Zustellverlauf lesen</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Select an event to see everything it carried and how its delivery went.</source>
        <translation>Wählen Sie ein Ereignis, um alles zu sehen, was es enthielt, und wie seine Zustellung verlief.</translation>
    </message>
    <message>
        <source>Search descriptions and fields</source>
        <translation>Beschreibungen und Felder durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the events shown (all pages) as CSV or JSON.</source>
        <translation>Die angezeigten Ereignisse (alle Seiten) als CSV oder JSON speichern.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Empfangen %1</translation>
    </message>
    <message>
        <source>Event ID %1</source>
        <translation>Ereignis-ID %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Zustellung: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent to Discord.</source>
        <translation>Wartet darauf, an Discord gesendet zu werden.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Sent to Discord.</source>
        <translation>An Discord gesendet.</translation>
    </message>
    <message>
        <source>Sent to Discord (message %1).</source>
        <translation>An Discord gesendet (Nachricht %1).</translation>
    </message>
    <message>
        <source>Not sent, will try again: %1</source>
        <translation>Nicht gesendet, neuer Versuch folgt: %1</translation>
    </message>
    <message>
        <source>Gave up: %1</source>
        <translation>Aufgegeben: %1</translation>
    </message>
    <message>
        <source>You asked to send it again.</source>
        <translation>Sie haben es erneut senden lassen.</translation>
    </message>
    <message>
        <source>Select a failed event first.</source>
        <translation>Wählen Sie zuerst ein fehlgeschlagenes Ereignis.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No events match these filters.&lt;/b&gt;&lt;br&gt;Events that arrive and match them appear here at once.</source>
        <translation>&lt;b&gt;Keine Ereignisse passen zu diesen Filtern.&lt;/b&gt;&lt;br&gt;Ereignisse, die ankommen und passen, erscheinen hier sofort.</translation>
    </message>
    <message>
        <source>Show &amp;all events</source>
        <translation>&amp;Alle Ereignisse zeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No events yet.&lt;/b&gt;&lt;br&gt;Every event a script sends appears here the moment it arrives, with what Discord made of it.</source>
        <translation>&lt;b&gt;Noch keine Ereignisse.&lt;/b&gt;&lt;br&gt;Jedes Ereignis, das ein Skript sendet, erscheint hier, sobald es ankommt, mit dem, was Discord daraus gemacht hat.</translation>
    </message>
    <message>
        <source>Send a &amp;test event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Save and &amp;apply</source>
        <translation>Speichern und &amp;anwenden</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>Ereignisse behalten für</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Höchstens behalten</translation>
    </message>
    <message>
        <source>Older events are deleted in the background, a few at a time; events still waiting to be sent are never deleted.</source>
        <translation>Ältere Ereignisse werden im Hintergrund gelöscht, einige auf einmal; Ereignisse, die noch gesendet werden müssen, werden nie gelöscht.</translation>
    </message>
    <message>
        <source>Keep events &amp;for:</source>
        <translation>Ereignisse behalten &amp;für:</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>&amp;Höchstens behalten:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), %1 on disk</source>
        <translation>
            <numerusform>%Ln Ereignis, %1 auf der Festplatte</numerusform>
            <numerusform>%Ln Ereignisse, %1 auf der Festplatte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hook</name>
    <message>
        <source>A hook&apos;s name must be 1 to 50 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (got &quot;%1&quot;), for example: github-shop.</source>
        <translation>Der Name eines Hooks muss aus 1 bis 50 Buchstaben, Ziffern, „.“, „-“ oder „_“ bestehen (erhalten: „%1“), zum Beispiel: github-shop.</translation>
    </message>
</context>
<context>
    <name>HookDialog</name>
    <message>
        <source>New hook</source>
        <translation>Neuer Hook</translation>
    </message>
    <message>
        <source>github-shop</source>
        <translation>github-shop</translation>
    </message>
    <message>
        <source>&amp;Make hook</source>
        <translation>Hook &amp;erstellen</translation>
    </message>
    <message>
        <source>A hook gives another program its own address here. What it sends there becomes an event of the category you choose.</source>
        <translation>Ein Hook gibt einem anderen Programm hier eine eigene Adresse. Was es dorthin sendet, wird ein Ereignis der gewählten Kategorie.</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Gesendet von:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Grafana alerting</source>
        <translation>Grafana-Alarmierung</translation>
    </message>
    <message>
        <source>Uptime Kuma</source>
        <translation>Uptime Kuma</translation>
    </message>
    <message>
        <source>Any program (JSON)</source>
        <translation>Beliebiges Programm (JSON)</translation>
    </message>
    <message>
        <source>Pushes, workflow runs, issues, pull requests and releases of a repository. GitHub signs each delivery with the hook&apos;s key.</source>
        <translation>Pushes, Workflow-Läufe, Issues, Pull Requests und Releases eines Repositorys. GitHub signiert jede Zustellung mit dem Schlüssel des Hooks.</translation>
    </message>
    <message>
        <source>Alerts firing and resolved, from a contact point of type Webhook.</source>
        <translation>Ausgelöste und behobene Alarme, von einem Kontaktpunkt vom Typ Webhook.</translation>
    </message>
    <message>
        <source>Monitors going down and coming back up, from a Webhook notification.</source>
        <translation>Monitore, die ausfallen und wieder laufen, aus einer Webhook-Benachrichtigung.</translation>
    </message>
    <message>
        <source>{&quot;description&quot;: &quot;…&quot;, &quot;fields&quot;: {…}} or any JSON object: a text member becomes the message, the other values its fields.</source>
        <translation>{&quot;description&quot;: &quot;…&quot;, &quot;fields&quot;: {…}} oder ein beliebiges JSON-Objekt: Ein Textfeld wird die Nachricht, die übrigen Werte ihre Felder.</translation>
    </message>
    <message>
        <source>Add a category first, on the Categories page: a hook&apos;s events need one.</source>
        <translation>Legen Sie zuerst auf der Seite Kategorien eine Kategorie an: Die Ereignisse eines Hooks brauchen eine.</translation>
    </message>
    <message>
        <source>Name the hook; the name is part of its address.</source>
        <translation>Benennen Sie den Hook; der Name ist Teil seiner Adresse.</translation>
    </message>
    <message>
        <source>There is already a hook named &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Hook namens „%1“.</translation>
    </message>
</context>
<context>
    <name>HookStore</name>
    <message>
        <source>Looking up the hook</source>
        <translation>Hook nachschlagen</translation>
    </message>
    <message>
        <source>There is already a hook named &quot;%1&quot;. Choose another name, or remove it first: pingpanda hook remove %1</source>
        <translation>Es gibt bereits einen Hook namens „%1“. Wählen Sie einen anderen Namen oder entfernen Sie ihn zuerst: pingpanda hook remove %1</translation>
    </message>
    <message>
        <source>There is no category named &quot;%1&quot;. Add it first: pingpanda category add %1</source>
        <translation>Es gibt keine Kategorie namens „%1“. Legen Sie sie zuerst an: pingpanda category add %1</translation>
    </message>
    <message>
        <source>Saving the hook</source>
        <translation>Hook speichern</translation>
    </message>
    <message>
        <source>Reading the hooks</source>
        <translation>Hooks lesen</translation>
    </message>
    <message>
        <source>Removing the hook</source>
        <translation>Hook entfernen</translation>
    </message>
    <message>
        <source>There is no hook named &quot;%1&quot;. See them all with: pingpanda hook list</source>
        <translation>Es gibt keinen Hook namens „%1“. Alle anzeigen mit: pingpanda hook list</translation>
    </message>
    <message>
        <source>Saving the hook&apos;s new key</source>
        <translation>Neuen Schlüssel des Hooks speichern</translation>
    </message>
    <message>
        <source>There is no hook named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Hook namens „%1“.</translation>
    </message>
    <message>
        <source>Noting what the hook received</source>
        <translation>Vermerken, was der Hook empfing</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>New &amp;key…</source>
        <translation>Neuer &amp;Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Zuletzt empfangen</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>&amp;Make hook…</source>
        <translation>Hook &amp;erstellen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No hooks yet.&lt;/b&gt;&lt;br&gt;A hook gives GitHub, Grafana, Uptime Kuma or any program that sends webhooks an address here: what it sends becomes an event, without a script in between.</source>
        <translation>&lt;b&gt;Noch keine Hooks.&lt;/b&gt;&lt;br&gt;Ein Hook gibt GitHub, Grafana, Uptime Kuma oder jedem Programm, das Webhooks sendet, hier eine Adresse: Was es sendet, wird ein Ereignis, ohne Skript dazwischen.</translation>
    </message>
    <message>
        <source>Make a &amp;hook…</source>
        <translation>&amp;Hook erstellen…</translation>
    </message>
    <message>
        <source>Selected hook</source>
        <translation>Ausgewählter Hook</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the address (the key is not in it: it is shown once, when made)</source>
        <translation>Die Adresse kopieren (ohne Schlüssel: Er wird nur einmal gezeigt, beim Erstellen)</translation>
    </message>
    <message>
        <source>Last payload</source>
        <translation>Letzte Nutzlast</translation>
    </message>
    <message>
        <source>Nothing received yet. Send a test from the other program (GitHub: Recent Deliveries &gt; Redeliver; Grafana and Uptime Kuma: Test).</source>
        <translation>Noch nichts empfangen. Senden Sie einen Test aus dem anderen Programm (GitHub: Recent Deliveries &gt; Redeliver; Grafana und Uptime Kuma: Test).</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Last received:</source>
        <translation>Zuletzt empfangen:</translation>
    </message>
    <message>
        <source>Became:</source>
        <translation>Wurde zu:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzlast:</translation>
    </message>
    <message>
        <source>abc.ngrok-free.app</source>
        <translation>abc.ngrok-free.app</translation>
    </message>
    <message>
        <source>Host names of a tunnel or proxy</source>
        <translation>Hostnamen eines Tunnels oder Proxys</translation>
    </message>
    <message>
        <source>Senders outside this computer reach PingPanda through a tunnel or reverse proxy; the server answers for the host names given here (separated by commas).</source>
        <translation>Absender außerhalb dieses Computers erreichen PingPanda über einen Tunnel oder Reverse-Proxy; der Server antwortet für die hier angegebenen Hostnamen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Tunnel or proxy &amp;host name:</source>
        <translation>&amp;Hostname von Tunnel oder Proxy:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Saved: the server answers for these names now.</source>
        <translation>Gespeichert: Der Server antwortet jetzt für diese Namen.</translation>
    </message>
    <message>
        <source>Hook %1</source>
        <translation>Hook %1</translation>
    </message>
    <message>
        <source>Paste these into %1; what it sends becomes an event of the category %2.</source>
        <translation>Fügen Sie dies in %1 ein; was es sendet, wird ein Ereignis der Kategorie %2.</translation>
    </message>
    <message>
        <source>In the repository: Settings &gt; Webhooks &gt; Add webhook. Content type: application/json.</source>
        <translation>Im Repository: Settings &gt; Webhooks &gt; Add webhook. Content type: application/json.</translation>
    </message>
    <message>
        <source>Payload URL</source>
        <translation>Payload URL</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>In Grafana: Alerting &gt; Contact points &gt; Add contact point, integration Webhook.</source>
        <translation>In Grafana: Alerting &gt; Contact points &gt; Add contact point, Integration Webhook.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>In Uptime Kuma: Settings &gt; Notifications &gt; Setup Notification, type Webhook, body application/json.</source>
        <translation>In Uptime Kuma: Settings &gt; Notifications &gt; Setup Notification, Typ Webhook, Body application/json.</translation>
    </message>
    <message>
        <source>Post URL</source>
        <translation>Post URL</translation>
    </message>
    <message>
        <source>POST JSON to this URL, or send the key as &apos;Authorization: Bearer &lt;key&gt;&apos; to the address without it.</source>
        <translation>Senden Sie JSON per POST an diese URL oder den Schlüssel als „Authorization: Bearer &lt;key&gt;“ an die Adresse ohne ihn.</translation>
    </message>
    <message>
        <source>This address works on this computer only; a sender elsewhere needs a tunnel or reverse proxy, whose host name goes at the foot of the Hooks page.</source>
        <translation>Diese Adresse funktioniert nur auf diesem Computer; ein Absender anderswo braucht einen Tunnel oder Reverse-Proxy, dessen Hostname unten auf der Seite Hooks eingetragen wird.</translation>
    </message>
    <message>
        <source>Make hook</source>
        <translation>Hook erstellen</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Make a new key for the hook &quot;%1&quot;? The old one stops working at once: paste the new one into the sender.</source>
        <translation>Einen neuen Schlüssel für den Hook „%1“ erstellen? Der alte funktioniert sofort nicht mehr: Fügen Sie den neuen beim Absender ein.</translation>
    </message>
    <message>
        <source>Remove hook</source>
        <translation>Hook entfernen</translation>
    </message>
    <message>
        <source>Remove the hook &quot;%1&quot;? Its address answers 404 from then on; the events it brought stay in the history.</source>
        <translation>Den Hook „%1“ entfernen? Seine Adresse antwortet danach mit 404; die Ereignisse, die er brachte, bleiben im Verlauf.</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>„%1“ ist keine IP-Adresse, auf der gelauscht werden kann.</translation>
    </message>
    <message>
        <source>Discord is not set up, so the API answers 403 and sends nothing. Set a webhook (pingpanda config set discord.webhook-url URL), or your user ID and a bot token (pingpanda config set discord.user-id ID; pingpanda token set).%1</source>
        <translation>Discord ist nicht eingerichtet, daher antwortet die API mit 403 und sendet nichts. Setzen Sie einen Webhook (pingpanda config set discord.webhook-url URL) oder Ihre Benutzer-ID und ein Bot-Token (pingpanda config set discord.user-id ID; pingpanda token set).%1</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>PingPanda is already running for this data folder (process %1). Stop it first, or choose another folder with --data-dir.</source>
        <translation>PingPanda läuft bereits für diesen Datenordner (Prozess %1). Beenden Sie es zuerst oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not lock the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht gesperrt werden.</translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>LiveProfile</name>
    <message>
        <source>Could not check the database for changes.</source>
        <translation>Die Datenbank konnte nicht auf Änderungen geprüft werden.</translation>
    </message>
    <message>
        <source>Checking the database for changes</source>
        <translation>Datenbank auf Änderungen prüfen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PingPanda</source>
        <translation>PingPanda</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>How your events have been coming in.</source>
        <translation>Wie Ihre Ereignisse eingegangen sind.</translation>
    </message>
    <message>
        <source>Every event received, newest first. Select one to see its fields and what Discord answered.</source>
        <translation>Jedes empfangene Ereignis, das neueste zuerst. Wählen Sie eines aus, um seine Felder und die Antwort von Discord zu sehen.</translation>
    </message>
    <message>
        <source>The kinds of events your scripts send, with the emoji and colour of their Discord messages.</source>
        <translation>Die Arten von Ereignissen, die Ihre Skripte senden, mit Emoji und Farbe ihrer Discord-Nachrichten.</translation>
    </message>
    <message>
        <source>Send an event the way a script would, and watch it reach Discord.</source>
        <translation>Senden Sie ein Ereignis wie ein Skript und sehen Sie zu, wie es Discord erreicht.</translation>
    </message>
    <message>
        <source>Where events go, the key scripts use, and how PingPanda runs on this computer.</source>
        <translation>Wohin Ereignisse gehen, welchen Schlüssel Skripte verwenden und wie PingPanda auf diesem Computer läuft.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed event(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagenes Ereignis</numerusform>
            <numerusform>%n fehlgeschlagene Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>Addresses for GitHub, Grafana, Uptime Kuma or any program&apos;s webhooks: what they send becomes events.</source>
        <translation>Adressen für die Webhooks von GitHub, Grafana, Uptime Kuma oder jedem Programm: Was sie senden, wird zu Ereignissen.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Reading the events to send</source>
        <translation>Die zu sendenden Ereignisse lesen</translation>
    </message>
    <message>
        <source>The destination was changed</source>
        <translation>Das Ziel wurde geändert</translation>
    </message>
    <message>
        <source>Updating the events</source>
        <translation>Die Ereignisse aktualisieren</translation>
    </message>
    <message>
        <source>Updating the event</source>
        <translation>Das Ereignis aktualisieren</translation>
    </message>
    <message>
        <source>Event %1 is %2, not %3.</source>
        <translation>Ereignis %1 ist %2, nicht %3.</translation>
    </message>
    <message>
        <source>Recording the delivery</source>
        <translation>Die Zustellung festhalten</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Saving the profile</source>
        <translation>Das Profil speichern</translation>
    </message>
    <message>
        <source>Reading the profile</source>
        <translation>Das Profil lesen</translation>
    </message>
    <message>
        <source>The profile could not be read back.</source>
        <translation>Das Profil konnte nicht zurückgelesen werden.</translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <source>&quot;%1&quot; is not a span of quiet hours. Write it as HH:MM-HH:MM in your local time, for example 22:00-07:30.</source>
        <translation>„%1“ ist keine Ruhezeit. Schreiben Sie sie als HH:MM-HH:MM in Ihrer Ortszeit, zum Beispiel 22:00-07:30.</translation>
    </message>
    <message>
        <source>Quiet hours must end at another time than they start (&quot;%1&quot;).</source>
        <translation>Ruhezeiten müssen zu einer anderen Zeit enden, als sie beginnen („%1“).</translation>
    </message>
</context>
<context>
    <name>QuietHoursPanel</name>
    <message>
        <source>Quiet hours and snooze</source>
        <translation>Ruhezeiten und Schlummern</translation>
    </message>
    <message>
        <source>Hold sends during &amp;quiet hours, from</source>
        <translation>Senden in &amp;Ruhezeiten zurückhalten, von</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>Digest preview</source>
        <translation>Vorschau der Zusammenfassung</translation>
    </message>
    <message>
        <source>While sends are held, events are stored and then go out as one digest per destination. Urgent categories are sent at once: choose them on the Categories page.</source>
        <translation>Während das Senden zurückgehalten wird, werden Ereignisse gespeichert und gehen danach als eine Zusammenfassung pro Ziel hinaus. Dringende Kategorien werden sofort gesendet: Wählen Sie sie auf der Seite Kategorien.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>Sends go out as events come.</source>
        <translation>Ereignisse werden gesendet, sobald sie kommen.</translation>
    </message>
    <message>
        <source>Quiet hours until %1.</source>
        <translation>Ruhezeit bis %1.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Schlummern bis %1.</translation>
    </message>
    <message numerus="yes">
        <source>The next digest (%n event(s) held):</source>
        <translation>
            <numerusform>Die nächste Zusammenfassung (%n Ereignis zurückgehalten):</numerusform>
            <numerusform>Die nächste Zusammenfassung (%n Ereignisse zurückgehalten):</numerusform>
        </translation>
    </message>
    <message>
        <source>A digest looks like this (made from your latest events):</source>
        <translation>So sieht eine Zusammenfassung aus (aus Ihren letzten Ereignissen):</translation>
    </message>
    <message>
        <source>Nothing is held. A digest lists each category with how many events it held and the latest few.</source>
        <translation>Nichts wird zurückgehalten. Eine Zusammenfassung nennt jede Kategorie mit der Zahl ihrer zurückgehaltenen Ereignisse und den letzten davon.</translation>
    </message>
    <message>
        <source>Sn&amp;ooze 1 hour</source>
        <translation>1 Stunde schlumm&amp;ern</translation>
    </message>
    <message>
        <source>R&amp;esume now</source>
        <translation>Jetzt &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Sa&amp;ve and apply</source>
        <translation>Speichern und an&amp;wenden</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Deleting old events</source>
        <translation>Alte Ereignisse löschen</translation>
    </message>
    <message>
        <source>Giving disk space back</source>
        <translation>Speicherplatz freigeben</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&lt;b&gt;Copy it now.&lt;/b&gt; PingPanda keeps only a hash of the key and cannot show it again; if it is lost, make a new one.</source>
        <translation>&lt;b&gt;Jetzt kopieren.&lt;/b&gt; PingPanda speichert nur einen Hash des Schlüssels und kann ihn nicht erneut anzeigen; geht er verloren, erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available (%1). Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet), or on a server set the environment variable %2 instead.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Starten Sie den Schlüsselbund Ihres Desktops (etwa GNOME Keyring oder KWallet) oder setzen Sie auf einem Server stattdessen die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No Discord bot token is stored. Add one with: pingpanda token set</source>
        <translation>Es ist kein Discord-Bot-Token gespeichert. Fügen Sie eines hinzu mit: pingpanda token set</translation>
    </message>
    <message>
        <source>Reading the Discord bot token from the environment variable %1.</source>
        <translation>Das Discord-Bot-Token wird aus der Umgebungsvariable %1 gelesen.</translation>
    </message>
    <message>
        <source>The Discord bot token is stored in the keychain.</source>
        <translation>Das Discord-Bot-Token ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The Discord bot token is saved in the keychain.</source>
        <translation>Das Discord-Bot-Token wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No Discord bot token was stored.</source>
        <translation>Es war kein Discord-Bot-Token gespeichert.</translation>
    </message>
    <message>
        <source>The Discord bot token is removed from the keychain.</source>
        <translation>Das Discord-Bot-Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>SendTestPage</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>New sale completed!</source>
        <translation>Neuer Verkauf abgeschlossen!</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Nachrichtenvorschau</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>&amp;Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve field</source>
        <translation>Feld ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation>F&amp;elder:</translation>
    </message>
    <message>
        <source>How Discord will show it:</source>
        <translation>So zeigt Discord es an:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not a Discord user ID; those are 17 to 20 digits. In Discord, turn on Developer Mode (Settings &gt; Advanced), then right-click your name and choose Copy User ID.</source>
        <translation>„%1“ ist keine Discord-Benutzer-ID; diese hat 17 bis 20 Ziffern. Schalten Sie in Discord den Entwicklermodus ein (Einstellungen &gt; Erweitert), klicken Sie dann mit der rechten Maustaste auf Ihren Namen und wählen Sie „Benutzer-ID kopieren“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use a whole number from %3 to %4.</source>
        <translation>„%1“ ist kein gültiger Wert für %2; verwenden Sie eine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>rate limit (0 turns it off)</source>
        <translation>Ratenbegrenzung (0 schaltet sie ab)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 to serve only this computer, or an address of one of its network interfaces.</source>
        <translation>„%1“ ist keine IP-Adresse. Verwenden Sie 127.0.0.1, um nur diesen Computer zu bedienen, oder die Adresse einer seiner Netzwerkschnittstellen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin. Write origins like https://example.com or http://localhost:3000, separated by commas.</source>
        <translation>„%1“ ist kein Origin. Schreiben Sie Origins wie https://example.com oder http://localhost:3000, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Your Discord user ID; the bot sends events to you as direct messages.</source>
        <translation>Ihre Discord-Benutzer-ID; der Bot sendet Ihnen Ereignisse als Direktnachrichten.</translation>
    </message>
    <message>
        <source>A Discord webhook address; events are posted to its channel instead of a DM.</source>
        <translation>Eine Discord-Webhook-Adresse; Ereignisse werden in deren Kanal gepostet statt als Direktnachricht.</translation>
    </message>
    <message>
        <source>The Discord API address (the environment variable PINGPANDA_DISCORD_API_BASE overrides it).</source>
        <translation>Die Adresse der Discord-API (die Umgebungsvariable PINGPANDA_DISCORD_API_BASE hat Vorrang).</translation>
    </message>
    <message>
        <source>The port the local Events API listens on.</source>
        <translation>Der Port, auf dem die lokale Events-API lauscht.</translation>
    </message>
    <message>
        <source>The address the Events API listens on; anything but 127.0.0.1 or ::1 lets other computers reach it.</source>
        <translation>Die Adresse, auf der die Events-API lauscht; alles außer 127.0.0.1 oder ::1 macht sie für andere Computer erreichbar.</translation>
    </message>
    <message>
        <source>Web page origins allowed to call the API from a browser, separated by commas.</source>
        <translation>Origins von Webseiten, die die API aus einem Browser aufrufen dürfen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>How many events a minute the API accepts (0 turns the limit off).</source>
        <translation>Wie viele Ereignisse pro Minute die API annimmt (0 schaltet die Grenze ab).</translation>
    </message>
    <message>
        <source>Reading a setting</source>
        <translation>Eine Einstellung lesen</translation>
    </message>
    <message>
        <source>Saving a setting</source>
        <translation>Eine Einstellung speichern</translation>
    </message>
    <message>
        <source>Removing a setting</source>
        <translation>Eine Einstellung entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name. Write names like hooks.example.com or abc.ngrok-free.app (no scheme, no port), separated by commas.</source>
        <translation>„%1“ ist kein Hostname. Schreiben Sie Namen wie hooks.example.com oder abc.ngrok-free.app (ohne Schema, ohne Port), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>More host names the server answers for, separated by commas: a tunnel&apos;s or reverse proxy&apos;s name that senders of hooks reach it by.</source>
        <translation>Weitere Hostnamen, für die der Server antwortet, durch Kommas getrennt: der Name eines Tunnels oder Reverse-Proxys, über den Absender von Hooks ihn erreichen.</translation>
    </message>
    <message>
        <source>number of days (0 keeps every event)</source>
        <translation>Anzahl von Tagen (0 behält jedes Ereignis)</translation>
    </message>
    <message>
        <source>number of events (0 sets no limit)</source>
        <translation>Anzahl von Ereignissen (0 setzt keine Grenze)</translation>
    </message>
    <message>
        <source>Events older than this many days are deleted (0 keeps them all). Pending events are never deleted.</source>
        <translation>Ereignisse, die älter als so viele Tage sind, werden gelöscht (0 behält alle). Ausstehende Ereignisse werden nie gelöscht.</translation>
    </message>
    <message>
        <source>At most this many events are kept, the oldest deleted first (0 sets no limit).</source>
        <translation>Höchstens so viele Ereignisse werden behalten, die ältesten zuerst gelöscht (0 setzt keine Grenze).</translation>
    </message>
    <message>
        <source>HH:MM-HH:MM in local time (it may cross midnight): events are stored but not sent until it ends, then go out as one digest. Urgent categories are sent anyway.</source>
        <translation>HH:MM-HH:MM in Ortszeit (darf über Mitternacht gehen): Ereignisse werden gespeichert, aber erst danach gesendet, als eine Zusammenfassung. Dringende Kategorien werden trotzdem gesendet.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Start PingPanda when I &amp;log in</source>
        <translation>PingPanda bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>&amp;Versteckt im Infobereich starten</translation>
    </message>
    <message>
        <source>Show a &amp;notification for every event</source>
        <translation>Für jedes Ereignis eine &amp;Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Neu erzeugen…</translation>
    </message>
    <message>
        <source>Scripts send it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Skripte senden ihn als „Authorization: Bearer &lt;key&gt;“.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Save &amp;server settings</source>
        <translation>&amp;Servereinstellungen speichern</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>Raten&amp;begrenzung:</translation>
    </message>
    <message>
        <source>The port and address apply the next time PingPanda starts; the rate limit at once.</source>
        <translation>Port und Adresse gelten beim nächsten Start von PingPanda, die Ratenbegrenzung sofort.</translation>
    </message>
    <message>
        <source>The window stays closed at start; open it from the PingPanda icon in the tray.</source>
        <translation>Das Fenster bleibt beim Start geschlossen; öffnen Sie es über das PingPanda-Symbol im Infobereich.</translation>
    </message>
    <message>
        <source>Events arriving in quick succession are summed up in one notification.</source>
        <translation>Ereignisse, die kurz hintereinander eintreffen, werden in einer Benachrichtigung zusammengefasst.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Regenerate the API key</source>
        <translation>API-Schlüssel neu erzeugen</translation>
    </message>
    <message>
        <source>Scripts using the current key will get 401 until you give them the new one. Regenerate it?</source>
        <translation>Skripte mit dem aktuellen Schlüssel erhalten 401, bis Sie ihnen den neuen geben. Neu erzeugen?</translation>
    </message>
    <message>
        <source>Leave this computer?</source>
        <translation>Für andere Computer öffnen?</translation>
    </message>
    <message>
        <source>On %1, other computers that can reach this one can send events (with the API key). Listen there?</source>
        <translation>Auf %1 können andere Computer, die diesen erreichen, Ereignisse senden (mit dem API-Schlüssel). Dort lauschen?</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>The API key was kept.</source>
        <translation>Der API-Schlüssel wurde beibehalten.</translation>
    </message>
    <message>
        <source>The address was kept: it would let other computers send events.</source>
        <translation>Die Adresse wurde beibehalten: Sie würde anderen Computern erlauben, Ereignisse zu senden.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>Dar&amp;stellung:</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>Set up PingPanda</source>
        <translation>PingPanda einrichten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Snooze</name>
    <message>
        <source>&quot;%1&quot; is not a duration. Write a whole number and s, m, h or d, for example 45s, 30m, 2h or 1d (or off to resume now).</source>
        <translation>„%1“ ist keine Dauer. Schreiben Sie eine ganze Zahl und s, m, h oder d, zum Beispiel 45s, 30m, 2h oder 1d (oder off, um jetzt fortzusetzen).</translation>
    </message>
    <message>
        <source>A snooze lasts at most 30 days (&quot;%1&quot;).</source>
        <translation>Schlummern dauert höchstens 30 Tage („%1“).</translation>
    </message>
</context>
<context>
    <name>StarterCategoriesPage</name>
    <message>
        <source>Start with a few categories</source>
        <translation>Beginnen Sie mit ein paar Kategorien</translation>
    </message>
    <message>
        <source>A category names a kind of event and gives its Discord message an emoji and a colour. Scripts send the category&apos;s name with each event.</source>
        <translation>Eine Kategorie benennt eine Art von Ereignis und gibt seiner Discord-Nachricht ein Emoji und eine Farbe. Skripte senden mit jedem Ereignis den Namen der Kategorie.</translation>
    </message>
    <message>
        <source>You can rename them, change their colours or add your own on the Categories page at any time.</source>
        <translation>Sie können sie jederzeit auf der Seite Kategorien umbenennen, ihre Farben ändern oder eigene hinzufügen.</translation>
    </message>
    <message>
        <source>You have this category already.</source>
        <translation>Diese Kategorie haben Sie schon.</translation>
    </message>
</context>
<context>
    <name>TestEvent</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent (HTTP %1): %2</source>
        <translation>Nicht gesendet (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>waiting to be sent to Discord</source>
        <translation>wartet auf den Versand an Discord</translation>
    </message>
    <message>
        <source>delivered to Discord ✓</source>
        <translation>an Discord zugestellt ✓</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>stored; its category is muted, so it is not sent</source>
        <translation>gespeichert; seine Kategorie ist stumm, daher wird es nicht gesendet</translation>
    </message>
</context>
<context>
    <name>TestEventPage</name>
    <message>
        <source>&amp;Send a test event</source>
        <translation>Test&amp;ereignis senden</translation>
    </message>
    <message>
        <source>Send your first event</source>
        <translation>Senden Sie Ihr erstes Ereignis</translation>
    </message>
    <message>
        <source>A real event, sent through PingPanda the way your scripts will send theirs.</source>
        <translation>Ein echtes Ereignis, über PingPanda gesendet, so wie Ihre Skripte ihre senden werden.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Test event status</source>
        <translation>Stand des Testereignisses</translation>
    </message>
    <message>
        <source>Command that sends an event</source>
        <translation>Befehl, der ein Ereignis sendet</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>From now on, your scripts and tools send events with a request like this one:</source>
        <translation>Ab jetzt senden Ihre Skripte und Werkzeuge Ereignisse mit einer Anfrage wie dieser:</translation>
    </message>
    <message>
        <source>The API key in it is also on the Settings page, under API key. Keep it private: anyone who has it can send you events.</source>
        <translation>Der API-Schlüssel darin steht auch auf der Seite Einstellungen unter API-Schlüssel. Halten Sie ihn geheim: Wer ihn hat, kann Ihnen Ereignisse senden.</translation>
    </message>
    <message>
        <source>PingPanda stores a short hello in the category you pick and sends it to Discord. This page follows it until Discord has it, usually within a second or two.</source>
        <translation>PingPanda speichert einen kurzen Gruß in der gewählten Kategorie und sendet ihn an Discord. Diese Seite verfolgt ihn, bis Discord ihn hat, meist innerhalb von ein, zwei Sekunden.</translation>
    </message>
    <message>
        <source>There is no category to send yet: go back one step and pick one.</source>
        <translation>Es gibt noch keine Kategorie zum Senden: Gehen Sie einen Schritt zurück und wählen Sie eine.</translation>
    </message>
    <message>
        <source>Hello from PingPanda! This test event shows that your setup works.</source>
        <translation>Hallo von PingPanda! Dieses Testereignis zeigt, dass Ihre Einrichtung funktioniert.</translation>
    </message>
    <message>
        <source>Check your Discord: it&apos;s there.</source>
        <translation>Schauen Sie in Ihr Discord: Es ist da.</translation>
    </message>
    <message>
        <source>Go back to fix the setup, then send again.</source>
        <translation>Gehen Sie zurück, um die Einrichtung zu korrigieren, und senden Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Open PingPanda</source>
        <translation>PingPanda ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Send test event…</source>
        <translation>&amp;Testereignis senden…</translation>
    </message>
    <message>
        <source>&amp;Copy API key</source>
        <translation>API-Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>PingPanda keeps running</source>
        <translation>PingPanda läuft weiter</translation>
    </message>
    <message>
        <source>Events are still received and sent to Discord. Open PingPanda or quit it from this icon.</source>
        <translation>Ereignisse werden weiterhin empfangen und an Discord gesendet. Öffnen oder beenden Sie PingPanda über dieses Symbol.</translation>
    </message>
    <message>
        <source>PingPanda — listening on %1
Today: %2 · Pending: %3 · Failed: %4</source>
        <translation>PingPanda — lauscht auf %1
Heute: %2 · Ausstehend: %3 · Fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Discord is not set up yet: events are stored but not sent.</source>
        <translation>Discord ist noch nicht eingerichtet: Ereignisse werden gespeichert, aber nicht gesendet.</translation>
    </message>
    <message>
        <source>PingPanda cannot deliver</source>
        <translation>PingPanda kann nicht zustellen</translation>
    </message>
    <message>
        <source>New %1 event</source>
        <translation>Neues Ereignis „%1“</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s)</source>
        <translation>
            <numerusform>%n weiteres Ereignis</numerusform>
            <numerusform>%n weitere Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;up PingPanda…</source>
        <translation>PingPanda &amp;einrichten…</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>S&amp;chlummern</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow &amp;08:00</source>
        <translation>Bis morgen &amp;08:00</translation>
    </message>
    <message>
        <source>&amp;Resume sends now</source>
        <translation>Senden jetzt &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Snoozed until %1: events wait and then go out as one digest.</source>
        <translation>Schlummern bis %1: Ereignisse warten und gehen dann als eine Zusammenfassung hinaus.</translation>
    </message>
    <message>
        <source>Quiet hours until %1: events wait and then go out as one digest.</source>
        <translation>Ruhezeit bis %1: Ereignisse warten und gehen dann als eine Zusammenfassung hinaus.</translation>
    </message>
    <message>
        <source>PingPanda could not snooze</source>
        <translation>PingPanda konnte nicht schlummern</translation>
    </message>
    <message>
        <source>PingPanda could not resume sends</source>
        <translation>PingPanda konnte das Senden nicht fortsetzen</translation>
    </message>
    <message>
        <source>Until &amp;08:00 this morning</source>
        <translation>Bis heute &amp;08:00</translation>
    </message>
</context>
<context>
    <name>WebUrl</name>
    <message>
        <source>&quot;%1&quot; is not a web address. It should start with https://.</source>
        <translation>„%1“ ist keine Webadresse. Sie sollte mit https:// beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted. Use an https:// address.</source>
        <translation>„%1“ ist nicht verschlüsselt. Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord webhook address. In Discord, open the channel&apos;s settings, choose Integrations &gt; Webhooks, and use Copy Webhook URL.</source>
        <translation>„%1“ ist keine Discord-Webhook-Adresse. Öffnen Sie in Discord die Einstellungen des Kanals, wählen Sie Integrationen &gt; Webhooks und dann „Webhook-URL kopieren“.</translation>
    </message>
</context>
<context>
    <name>WebhookAddressPage</name>
    <message>
        <source>Connect a channel webhook</source>
        <translation>Einen Kanal-Webhook verbinden</translation>
    </message>
    <message>
        <source>Make a webhook in Discord and paste its address here.</source>
        <translation>Erstellen Sie in Discord einen Webhook und fügen Sie seine Adresse hier ein.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>Webhook check</source>
        <translation>Prüfung des Webhooks</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>Webhook-&amp;Adresse:</translation>
    </message>
    <message>
        <source>In Discord, hover over the channel that should get the events and click its gear icon (Edit Channel).</source>
        <translation>Zeigen Sie in Discord auf den Kanal, der die Ereignisse bekommen soll, und klicken Sie auf sein Zahnrad (Edit Channel).</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Integrations&lt;/b&gt;, then &lt;b&gt;Webhooks&lt;/b&gt;, then &lt;b&gt;New Webhook&lt;/b&gt;. You can name it PingPanda.</source>
        <translation>Wählen Sie &lt;b&gt;Integrations&lt;/b&gt;, dann &lt;b&gt;Webhooks&lt;/b&gt;, dann &lt;b&gt;New Webhook&lt;/b&gt;. Sie können ihn PingPanda nennen.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Copy Webhook URL&lt;/b&gt; and paste it below. PingPanda checks it with Discord at once; nothing is posted.</source>
        <translation>Klicken Sie auf &lt;b&gt;Copy Webhook URL&lt;/b&gt; und fügen Sie sie unten ein. PingPanda prüft sie sofort bei Discord; es wird nichts gepostet.</translation>
    </message>
</context>
</TS>
