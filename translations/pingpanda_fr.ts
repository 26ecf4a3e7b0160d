<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityChart</name>
    <message numerus="yes">
        <source>%n event(s) today, by hour</source>
        <translation>
            <numerusform>%n événement aujourd’hui, par heure</numerusform>
            <numerusform>%n événements aujourd’hui, par heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the last %1 days, by day</source>
        <translation>
            <numerusform>%n événement sur les %1 derniers jours, par jour</numerusform>
            <numerusform>%n événements sur les %1 derniers jours, par jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1 : %n événement</numerusform>
            <numerusform>%1 : %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityQuery</name>
    <message>
        <source>Reading the dashboard</source>
        <translation>Lecture du tableau de bord</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>A key&apos;s name must be 1 to 50 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (got &quot;%1&quot;), for example: backup-script.</source>
        <translation>Le nom d’une clé doit faire de 1 à 50 lettres, chiffres, « . », « - » ou « _ » (reçu : « %1 »), par exemple : backup-script.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>&amp;Every category</source>
        <translation>&amp;Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Seulement celles-ci :</translation>
    </message>
    <message>
        <source>New key for a tool</source>
        <translation>Nouvelle clé pour un outil</translation>
    </message>
    <message>
        <source>backup-script</source>
        <translation>backup-script</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Categories it may send</source>
        <translation>Catégories qu’elle peut envoyer</translation>
    </message>
    <message>
        <source>&amp;Make key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>Give each script or service its own key: you can tell them apart in the events, limit what each may send, and revoke one alone.</source>
        <translation>Donnez à chaque script ou service sa propre clé : vous les distinguez, limitez ce que chacun peut envoyer et en révoquez un seul.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>May send:</source>
        <translation>Peut envoyer :</translation>
    </message>
    <message>
        <source>Name the tool that will use the key.</source>
        <translation>Nommez l’outil qui utilisera la clé.</translation>
    </message>
    <message>
        <source>There is already a key named &quot;%1&quot;.</source>
        <translation>Une clé nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Tick the categories it may send.</source>
        <translation>Cochez les catégories qu’elle peut envoyer.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>Looking up the API key</source>
        <translation>Recherche de la clé d’API</translation>
    </message>
    <message>
        <source>There is already an API key named &quot;%1&quot;. Choose another name, or revoke it first: pingpanda api-key revoke %1</source>
        <translation>Une clé d’API nommée « %1 » existe déjà. Choisissez un autre nom, ou révoquez-la d’abord : pingpanda api-key revoke %1</translation>
    </message>
    <message>
        <source>Saving the API key</source>
        <translation>Enregistrement de la clé d’API</translation>
    </message>
    <message>
        <source>Reading the API keys</source>
        <translation>Lecture des clés d’API</translation>
    </message>
    <message>
        <source>Revoking the API key</source>
        <translation>Révocation de la clé d’API</translation>
    </message>
    <message>
        <source>There is no API key named &quot;%1&quot;. See them all with: pingpanda api-key list</source>
        <translation>Aucune clé d’API ne s’appelle « %1 ». Voyez-les toutes avec : pingpanda api-key list</translation>
    </message>
    <message>
        <source>Noting when the API key was used</source>
        <translation>Enregistrement de la dernière utilisation de la clé d’API</translation>
    </message>
</context>
<context>
    <name>ApiKeysPanel</name>
    <message>
        <source>Keys for tools</source>
        <translation>Clés des outils</translation>
    </message>
    <message>
        <source>&amp;Make key…</source>
        <translation>&amp;Créer une clé…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>May send</source>
        <translation>Peut envoyer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>No keys for tools yet. Every script can use the API key above; give a tool its own key to tell it apart, limit what it may send, and revoke it alone.</source>
        <translation>Aucune clé d’outil pour l’instant. Tout script peut utiliser la clé d’API ci-dessus ; une clé propre distingue un outil, limite ce qu’il peut envoyer et se révoque seule.</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Make key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Clé pour %1</translation>
    </message>
    <message>
        <source>The tool sends this key as &apos;Authorization: Bearer &lt;key&gt;&apos;, like the API key above.</source>
        <translation>L’outil envoie cette clé sous la forme « Authorization: Bearer &lt;key&gt; », comme la clé d’API ci-dessus.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot;? The tool using it gets 401 from its next request on.</source>
        <translation>Révoquer la clé « %1 » ? L’outil qui l’utilise reçoit 401 dès sa prochaine requête.</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>Port %1 is already in use, perhaps by another PingPanda. Stop that program, or choose another port with --port N (or: pingpanda config set server.port N).</source>
        <translation>Le port %1 est déjà utilisé, peut-être par un autre PingPanda. Arrêtez ce programme, ou choisissez un autre port avec --port N (ou : pingpanda config set server.port N).</translation>
    </message>
    <message>
        <source>Cannot listen on port %1: %2. Choose another port with --port N, or another address with --bind.</source>
        <translation>Impossible d’écouter sur le port %1 : %2. Choisissez un autre port avec --port N, ou une autre adresse avec --bind.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The folder %1 cannot be created, so PingPanda cannot start at login.</source>
        <translation>Le dossier %1 ne peut pas être créé, PingPanda ne peut donc pas démarrer à l’ouverture de session.</translation>
    </message>
    <message>
        <source>Receives events and sends them to Discord</source>
        <translation>Reçoit des événements et les envoie à Discord</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2), so PingPanda cannot start at login.</source>
        <translation>%1 ne peut pas être écrit (%2), PingPanda ne peut donc pas démarrer à l’ouverture de session.</translation>
    </message>
    <message>
        <source>%1 cannot be removed (%2); remove it to stop PingPanda starting at login.</source>
        <translation>%1 ne peut pas être supprimé (%2) ; supprimez-le vous-même pour que PingPanda ne démarre plus à l’ouverture de session.</translation>
    </message>
</context>
<context>
    <name>BotTokenStepPage</name>
    <message>
        <source>Create your bot</source>
        <translation>Créez votre bot</translation>
    </message>
    <message>
        <source>Your bot sends you the events as direct messages. Its token stays in your system&apos;s keychain.</source>
        <translation>Votre bot vous envoie les événements en messages privés. Son jeton reste dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Collez le jeton ici</translation>
    </message>
    <message>
        <source>Bot token check</source>
        <translation>Vérification du jeton</translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation>&amp;Jeton du bot :</translation>
    </message>
    <message>
        <source>Open the &lt;a href=&quot;https://discord.com/developers/applications&quot;&gt;Discord Developer Portal&lt;/a&gt; and sign in with your Discord account.</source>
        <translation>Ouvrez le &lt;a href=&quot;https://discord.com/developers/applications&quot;&gt;portail des développeurs Discord&lt;/a&gt; et connectez-vous avec votre compte Discord.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;New Application&lt;/b&gt;, name it (PingPanda, for example) and accept Discord&apos;s terms.</source>
        <translation>Cliquez sur &lt;b&gt;New Application&lt;/b&gt;, nommez-la (PingPanda, par exemple) et acceptez les conditions de Discord.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Bot&lt;/b&gt; on the left, then &lt;b&gt;Reset Token&lt;/b&gt;, and copy the token.</source>
        <translation>Choisissez &lt;b&gt;Bot&lt;/b&gt; à gauche, puis &lt;b&gt;Reset Token&lt;/b&gt;, et copiez le jeton.</translation>
    </message>
    <message>
        <source>Paste it below. PingPanda checks it with Discord and keeps it in your keychain; it is not shown again.</source>
        <translation>Collez-le ci-dessous. PingPanda le vérifie auprès de Discord et le garde dans votre trousseau ; il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>A token is already saved and Discord accepts it. Paste a new one only to replace it.</source>
        <translation>Un jeton est déjà enregistré et Discord l’accepte. Collez-en un nouveau seulement pour le remplacer.</translation>
    </message>
    <message>
        <source>That does not look like a bot token (three parts separated by dots). Copy it again in the Developer Portal: Bot &gt; Reset Token.</source>
        <translation>Ceci ne ressemble pas à un jeton de bot (trois parties séparées par des points). Copiez-le à nouveau dans le portail des développeurs : Bot &gt; Reset Token.</translation>
    </message>
    <message>
        <source>It is saved in your keychain and will not be shown again.</source>
        <translation>Il est enregistré dans votre trousseau et ne sera plus affiché.</translation>
    </message>
</context>
<context>
    <name>BotUserStepPage</name>
    <message>
        <source>Let your bot reach you</source>
        <translation>Laissez votre bot vous joindre</translation>
    </message>
    <message>
        <source>Discord lets a bot send direct messages only to people who share a server with it.</source>
        <translation>Discord ne laisse un bot envoyer des messages privés qu’aux personnes qui partagent un serveur avec lui.</translation>
    </message>
    <message>
        <source>Your Discord user ID</source>
        <translation>Votre identifiant Discord</translation>
    </message>
    <message>
        <source>User ID check</source>
        <translation>Vérification de l’identifiant</translation>
    </message>
    <message>
        <source>Your &amp;user ID:</source>
        <translation>Votre &amp;identifiant :</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Invite your bot&lt;/a&gt; to a server you are in. Any server of yours will do; the + button in Discord&apos;s server list makes a new one.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Invitez votre bot&lt;/a&gt; sur un serveur dont vous faites partie. N’importe lequel de vos serveurs convient ; le bouton + de la liste des serveurs de Discord en crée un nouveau.</translation>
    </message>
    <message>
        <source>In that server, click its name, open &lt;b&gt;Privacy Settings&lt;/b&gt; and make sure &lt;b&gt;Direct Messages&lt;/b&gt; is on.</source>
        <translation>Sur ce serveur, cliquez sur son nom, ouvrez &lt;b&gt;Privacy Settings&lt;/b&gt; et vérifiez que &lt;b&gt;Direct Messages&lt;/b&gt; est activé.</translation>
    </message>
    <message>
        <source>In Discord&apos;s &lt;b&gt;User Settings&lt;/b&gt;, open &lt;b&gt;Advanced&lt;/b&gt; and turn on &lt;b&gt;Developer Mode&lt;/b&gt;.</source>
        <translation>Dans les &lt;b&gt;User Settings&lt;/b&gt; de Discord, ouvrez &lt;b&gt;Advanced&lt;/b&gt; et activez &lt;b&gt;Developer Mode&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Right-click your own name and choose &lt;b&gt;Copy User ID&lt;/b&gt;. Paste it below.</source>
        <translation>Faites un clic droit sur votre propre nom et choisissez &lt;b&gt;Copy User ID&lt;/b&gt;. Collez-le ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <source>No emoji</source>
        <translation>Pas d’emoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Own webhook</source>
        <translation>Propre webhook</translation>
    </message>
    <message>
        <source>Muted: its events are stored and shown, never sent.</source>
        <translation>En sourdine : ses événements sont enregistrés et affichés, jamais envoyés.</translation>
    </message>
    <message>
        <source>Urgent: sent at once, even in quiet hours or a snooze.</source>
        <translation>Urgente : envoyée tout de suite, même en heures calmes ou en pause.</translation>
    </message>
    <message>
        <source>Held with the rest in quiet hours and snoozes.</source>
        <translation>Retenue avec les autres en heures calmes et en pause.</translation>
    </message>
    <message>
        <source>Sent to its own webhook, not the profile&apos;s destination.</source>
        <translation>Envoyée à son propre webhook, pas à la destination du profil.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Add &amp;quick-start categories</source>
        <translation>Ajouter les catégories de &amp;démarrage rapide</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Adds bug 🐞, sale 💰 and question 🤔.</source>
        <translation>Ajoute bug 🐞, sale 💰 et question 🤔.</translation>
    </message>
    <message>
        <source>Quick-start categories</source>
        <translation>Catégories de démarrage rapide</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>Delete the category &quot;%1&quot;? Scripts sending it will get 404 from then on.</source>
        <translation>Supprimer la catégorie « %1 » ? Les scripts qui l’envoient recevront 404 à partir de maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the category &quot;%1&quot;? Its %n event(s) stay in the history; scripts sending it will get 404 from then on.</source>
        <translation>
            <numerusform>Supprimer la catégorie « %1 » ? Son %n événement reste dans l’historique ; les scripts qui l’envoient recevront 404 à partir de maintenant.</numerusform>
            <numerusform>Supprimer la catégorie « %1 » ? Ses %n événements restent dans l’historique ; les scripts qui l’envoient recevront 404 à partir de maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>&lt;b&gt;No categories yet.&lt;/b&gt;&lt;br&gt;A category names a kind of event (a sale, a signup, a failed job) and gives its Discord message an emoji and a colour. Scripts can only send categories that exist: add your own, or the quick-start set.</source>
        <translation>&lt;b&gt;Aucune catégorie pour l’instant.&lt;/b&gt;&lt;br&gt;Une catégorie nomme un type d’événement (une vente, une inscription, une tâche en échec) et donne à son message Discord un emoji et une couleur. Les scripts ne peuvent envoyer que des catégories existantes : ajoutez les vôtres, ou celles de démarrage rapide.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>A category name cannot be empty.</source>
        <translation>Un nom de catégorie ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The category name is %1 characters long; the limit is %2.</source>
        <translation>Le nom de catégorie compte %1 caractères ; la limite est %2.</translation>
    </message>
    <message>
        <source>The category name &quot;%1&quot; may only contain lowercase letters (a-z), digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Le nom de catégorie « %1 » ne peut contenir que des lettres minuscules (a-z), des chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour. Write it as six hex digits, like #FF6B6B.</source>
        <translation>« %1 » n’est pas une couleur. Écrivez-la en six chiffres hexadécimaux, comme #FF6B6B.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single emoji. Pick one emoji, like 💰, or leave it empty.</source>
        <translation>« %1 » n’est pas un emoji unique. Choisissez un emoji, comme 💰, ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>CategoryCard</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>aucun événement pour l’instant</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Nom de la catégorie</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &apos;-&apos; and &apos;_&apos;; scripts send it as &quot;category&quot;.</source>
        <translation>Lettres minuscules, chiffres, « - » et « _ » ; les scripts l’envoient comme « category ».</translation>
    </message>
    <message>
        <source>none (🔔)</source>
        <translation>aucun (🔔)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Use colour %1</source>
        <translation>Utiliser la couleur %1</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Pick any colour</source>
        <translation>Choisir n’importe quelle couleur</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Couleur de la catégorie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Emoji:</source>
        <translation>&amp;Emoji :</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>A category named &quot;%1&quot; already exists.</source>
        <translation>Une catégorie nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Fields to add up</source>
        <translation>Champs à additionner</translation>
    </message>
    <message>
        <source>every number that is not an ID or a code</source>
        <translation>tout nombre qui n’est ni un identifiant ni un code</translation>
    </message>
    <message>
        <source>Field names separated by commas, for example: amount, seats. The dashboard shows their totals on this category&apos;s card.</source>
        <translation>Noms de champs séparés par des virgules, par exemple : amount, seats. Le tableau de bord affiche leurs totaux sur la carte de cette catégorie.</translation>
    </message>
    <message>
        <source>Show &amp;totals of:</source>
        <translation>Afficher les &amp;totaux de :</translation>
    </message>
    <message>
        <source>Numbers its events carried lately: %1</source>
        <translation>Nombres portés par ses événements récents : %1</translation>
    </message>
    <message>
        <source>With the rest: held in quiet hours and snoozes</source>
        <translation>Avec les autres : retenue en heures calmes et en pause</translation>
    </message>
    <message>
        <source>Urgent: sent at once, even when sends are held</source>
        <translation>Urgente : envoyée tout de suite, même quand les envois sont retenus</translation>
    </message>
    <message>
        <source>Muted: stored and shown, never sent</source>
        <translation>En sourdine : enregistrée et affichée, jamais envoyée</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>&amp;Sending:</source>
        <translation>&amp;Envoi :</translation>
    </message>
    <message>
        <source>Own webhook</source>
        <translation>Propre webhook</translation>
    </message>
    <message>
        <source>none: to the profile&apos;s destination</source>
        <translation>aucun : vers la destination du profil</translation>
    </message>
    <message>
        <source>A Discord webhook address (the channel&apos;s settings &gt; Integrations &gt; Webhooks &gt; Copy Webhook URL). This category&apos;s events go there instead; if it breaks, only this category waits.</source>
        <translation>Une adresse de webhook Discord (paramètres du salon &gt; Intégrations &gt; Webhooks &gt; Copier l’URL du webhook). Les événements de cette catégorie y vont à la place ; s’il ne marche plus, seule cette catégorie attend.</translation>
    </message>
    <message>
        <source>Own &amp;webhook:</source>
        <translation>&amp;Webhook propre :</translation>
    </message>
</context>
<context>
    <name>CategoryStore</name>
    <message>
        <source>A colour must be between #000000 and #FFFFFF.</source>
        <translation>Une couleur doit être comprise entre #000000 et #FFFFFF.</translation>
    </message>
    <message>
        <source>A category named &quot;%1&quot; already exists.</source>
        <translation>Une catégorie nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Saving the category</source>
        <translation>Enregistrement de la catégorie</translation>
    </message>
    <message>
        <source>Moving the category&apos;s events</source>
        <translation>Déplacement des événements de la catégorie</translation>
    </message>
    <message>
        <source>Removing the category</source>
        <translation>Suppression de la catégorie</translation>
    </message>
    <message>
        <source>There is no category named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de catégorie nommée « %1 ».</translation>
    </message>
    <message>
        <source>Reading the category</source>
        <translation>Lecture de la catégorie</translation>
    </message>
    <message>
        <source>Reading the categories</source>
        <translation>Lecture des catégories</translation>
    </message>
    <message>
        <source>Counting the category&apos;s events</source>
        <translation>Comptage des événements de la catégorie</translation>
    </message>
    <message>
        <source>Muting the category&apos;s events</source>
        <translation>Mise en sourdine des événements de la catégorie</translation>
    </message>
</context>
<context>
    <name>ChooseDestinationPage</name>
    <message>
        <source>A channel on a Discord server, through a &amp;webhook</source>
        <translation>Un salon d’un serveur Discord, par un &amp;webhook</translation>
    </message>
    <message>
        <source>&amp;Direct messages from your own bot</source>
        <translation>&amp;Messages privés de votre propre bot</translation>
    </message>
    <message>
        <source>Where should PingPanda send events?</source>
        <translation>Où PingPanda doit-il envoyer les événements ?</translation>
    </message>
    <message>
        <source>Pick one; you can change it later in Settings.</source>
        <translation>Choisissez-en un ; vous pourrez le changer plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>The simplest: about a minute. Everyone in the channel sees the events. You need to be allowed to manage the channel&apos;s webhooks.</source>
        <translation>Le plus simple : environ une minute. Tout le monde dans le salon voit les événements. Vous devez avoir le droit de gérer les webhooks du salon.</translation>
    </message>
    <message>
        <source>Private to you. About five minutes: you create a bot in Discord&apos;s Developer Portal and share a server with it.</source>
        <translation>Privé. Environ cinq minutes : vous créez un bot dans le portail des développeurs de Discord et partagez un serveur avec lui.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The profile folder: database and settings (default: $PINGPANDA_DATA_DIR, else the system&apos;s app data folder).</source>
        <translation>Le dossier du profil : base de données et paramètres (par défaut : $PINGPANDA_DATA_DIR, sinon le dossier de données d’application du système).</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Afficher l’aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Serve without the tray icon and window.</source>
        <translation>Servir sans l’icône de la zone de notification ni la fenêtre.</translation>
    </message>
    <message>
        <source>Listen on port N (0 picks a free one).</source>
        <translation>Écouter sur le port N (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Listen on address ADDR (default 127.0.0.1).</source>
        <translation>Écouter sur l’adresse ADDR (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>Replace the key with a new one; the old one stops working.</source>
        <translation>Remplacer la clé par une nouvelle ; l’ancienne cesse de fonctionner.</translation>
    </message>
    <message>
        <source>The colour of the Discord message&apos;s bar.</source>
        <translation>La couleur de la barre du message Discord.</translation>
    </message>
    <message>
        <source>One emoji shown before the category&apos;s name.</source>
        <translation>Un emoji affiché avant le nom de la catégorie.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Only events of category C.</source>
        <translation>Seulement les événements de la catégorie C.</translation>
    </message>
    <message>
        <source>At most N events, newest first (default 50).</source>
        <translation>Au plus N événements, les plus récents d’abord (50 par défaut).</translation>
    </message>
    <message>
        <source>The event&apos;s description (the message&apos;s text).</source>
        <translation>La description de l’événement (le texte du message).</translation>
    </message>
    <message>
        <source>A field of the message; repeat for more. Numbers and true/false are sent as such.</source>
        <translation>Un champ du message ; à répéter pour en ajouter. Les nombres et true/false sont envoyés tels quels.</translation>
    </message>
    <message>
        <source>Print the API key that scripts send as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Afficher la clé d’API que les scripts envoient sous la forme « Authorization: Bearer &lt;key&gt; ».</translation>
    </message>
    <message>
        <source>Add a category of events.</source>
        <translation>Ajouter une catégorie d’événements.</translation>
    </message>
    <message>
        <source>List the categories.</source>
        <translation>Lister les catégories.</translation>
    </message>
    <message>
        <source>Remove a category. Its events stay in the history.</source>
        <translation>Supprimer une catégorie. Ses événements restent dans l’historique.</translation>
    </message>
    <message>
        <source>Print a setting&apos;s value.</source>
        <translation>Afficher la valeur d’un paramètre.</translation>
    </message>
    <message>
        <source>Change a setting (VALUE &apos;-&apos; reads it from standard input).</source>
        <translation>Modifier un paramètre (VALEUR « - » le lit depuis l’entrée standard).</translation>
    </message>
    <message>
        <source>Put a setting back to its default.</source>
        <translation>Remettre un paramètre à sa valeur par défaut.</translation>
    </message>
    <message>
        <source>List every setting with its value.</source>
        <translation>Lister chaque paramètre avec sa valeur.</translation>
    </message>
    <message>
        <source>List stored events, newest first.</source>
        <translation>Lister les événements enregistrés, les plus récents d’abord.</translation>
    </message>
    <message>
        <source>Read the Discord bot token from standard input and store it in the keychain.</source>
        <translation>Lire le jeton du bot Discord depuis l’entrée standard et l’enregistrer dans le trousseau.</translation>
    </message>
    <message>
        <source>Remove the Discord bot token from the keychain.</source>
        <translation>Supprimer le jeton du bot Discord du trousseau.</translation>
    </message>
    <message>
        <source>Check the Discord setup (token, user, webhook) without sending anything.</source>
        <translation>Vérifier la configuration Discord (jeton, utilisateur, webhook) sans rien envoyer.</translation>
    </message>
    <message>
        <source>Send a failed event again.</source>
        <translation>Renvoyer un événement en échec.</translation>
    </message>
    <message>
        <source>Send an event through the running PingPanda and print its id.</source>
        <translation>Envoyer un événement via le PingPanda en cours d’exécution et afficher son identifiant.</translation>
    </message>
    <message>
        <source>Serve the Events API: with the tray icon, or without a GUI.</source>
        <translation>Servir l’API Events : avec l’icône dans la zone de notification, ou sans interface graphique.</translation>
    </message>
    <message>
        <source>Run &apos;pingpanda --help&apos; to see how to use it.</source>
        <translation>Lancez « pingpanda --help » pour savoir comment l’utiliser.</translation>
    </message>
    <message>
        <source>Usage: pingpanda %1</source>
        <translation>Usage : pingpanda %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Clés :</translation>
    </message>
    <message>
        <source>PingPanda Desktop %1: forwards events from your scripts to Discord.</source>
        <translation>PingPanda Desktop %1 : transmet les événements de vos scripts à Discord.</translation>
    </message>
    <message>
        <source>Usage: pingpanda [--headless] [--port N] [--bind ADDR]</source>
        <translation>Usage : pingpanda [--headless] [--port N] [--bind ADDR]</translation>
    </message>
    <message>
        <source>       pingpanda COMMAND [options]</source>
        <translation>        pingpanda COMMANDE [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options for serving:</source>
        <translation>Options du service :</translation>
    </message>
    <message>
        <source>Everywhere:</source>
        <translation>Partout :</translation>
    </message>
    <message>
        <source>Run &apos;pingpanda COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez « pingpanda COMMANDE --help » pour les options d’une commande.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand.</source>
        <translation>« %1 » a besoin d’une sous-commande.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pingpanda command.</source>
        <translation>« %1 » n’est pas une commande pingpanda.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argument manquant : %1.</translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation>Trop d’arguments : %1.</translation>
    </message>
    <message>
        <source>This is a new API key; the old one no longer works. Update your scripts.</source>
        <translation>Ceci est une nouvelle clé d’API ; l’ancienne ne fonctionne plus. Mettez vos scripts à jour.</translation>
    </message>
    <message>
        <source>Added the category &quot;%1&quot; (%2 %3).</source>
        <translation>Catégorie « %1 » ajoutée (%2 %3).</translation>
    </message>
    <message>
        <source>No categories yet. Add one with: pingpanda category add sale --emoji 💰 --color FFEB3B</source>
        <translation>Pas encore de catégorie. Ajoutez-en une avec : pingpanda category add sale --emoji 💰 --color FFEB3B</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>EMOJI</source>
        <translation>EMOJI</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COULEUR</translation>
    </message>
    <message>
        <source>Removed the category &quot;%1&quot;.</source>
        <translation>Catégorie « %1 » supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the category &quot;%1&quot;. Its %n event(s) stay in the history.</source>
        <translation>
            <numerusform>Catégorie « %1 » supprimée. Son %n événement reste dans l’historique.</numerusform>
            <numerusform>Catégorie « %1 » supprimée. Ses %n événements restent dans l’historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no setting called &quot;%1&quot;. The settings are: %2.</source>
        <translation>Il n’y a pas de paramètre appelé « %1 ». Les paramètres sont : %2.</translation>
    </message>
    <message>
        <source>Note: on %1 other computers that can reach this one can send events; keep the API key secret.</source>
        <translation>Remarque : sur %1, les autres ordinateurs qui peuvent joindre celui-ci peuvent envoyer des événements ; gardez la clé d’API secrète.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1.</source>
        <translation>--limit attend un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Aucun événement ne correspond.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Pas encore d’événement.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, like --field plan=PRO (got &quot;%1&quot;).</source>
        <translation>--field attend CLÉ=VALEUR, comme --field plan=PRO (reçu « %1 »).</translation>
    </message>
    <message>
        <source>PingPanda is not running at %1 (%2). Start it with &apos;pingpanda&apos; or &apos;pingpanda --headless&apos;, then try again.</source>
        <translation>PingPanda ne tourne pas à %1 (%2). Démarrez-le avec « pingpanda » ou « pingpanda --headless », puis réessayez.</translation>
    </message>
    <message>
        <source>PingPanda refused the event (HTTP %1): %2</source>
        <translation>PingPanda a refusé l’événement (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>PingPanda answered without an event id: %1</source>
        <translation>PingPanda a répondu sans identifiant d’événement : %1</translation>
    </message>
    <message>
        <source>Paste your Discord bot token, then press Enter: </source>
        <translation>Collez le jeton de votre bot Discord, puis appuyez sur Entrée : </translation>
    </message>
    <message>
        <source>No token was given. Pipe it in or paste it: pingpanda token set</source>
        <translation>Aucun jeton n’a été fourni. Transmettez-le par un tube ou collez-le : pingpanda token set</translation>
    </message>
    <message>
        <source>That does not look like a Discord bot token (three parts separated by dots). Copy it from the Discord Developer Portal: your application &gt; Bot &gt; Reset Token.</source>
        <translation>Cela ne ressemble pas à un jeton de bot Discord (trois parties séparées par des points). Copiez-le depuis le portail des développeurs Discord : votre application &gt; Bot &gt; Reset Token.</translation>
    </message>
    <message>
        <source>Note: %1 is set in this environment and is used instead of the keychain while it is.</source>
        <translation>Remarque : %1 est défini dans cet environnement et remplace le trousseau tant qu’il l’est.</translation>
    </message>
    <message>
        <source>Event %1 is %2; only failed events can be retried.</source>
        <translation>L’événement %1 est %2 ; seuls les événements en échec peuvent être réessayés.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again now.</source>
        <translation>L’événement %1 va être renvoyé maintenant.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again when PingPanda runs.</source>
        <translation>L’événement %1 sera renvoyé quand PingPanda tournera.</translation>
    </message>
    <message>
        <source>Fix it with: %1</source>
        <translation>Corrigez avec : %1</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0 picks a free port).</source>
        <translation>--port attend un nombre de 0 à 65535 (0 choisit un port libre).</translation>
    </message>
    <message>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>--bind attend une adresse IP, comme 127.0.0.1.</translation>
    </message>
    <message>
        <source>This build cannot serve the Events API yet; the commands in &apos;pingpanda --help&apos; work.</source>
        <translation>Cette version ne peut pas encore servir l’API Events ; les commandes de « pingpanda --help » fonctionnent.</translation>
    </message>
    <message>
        <source>The desktop part of PingPanda (pingpanda-desktop) is not installed, so there is no window or tray icon; serving without them (as with --headless). Install the full package for the desktop app.</source>
        <translation>La partie bureau de PingPanda (pingpanda-desktop) n’est pas installée : il n’y a donc ni fenêtre ni icône dans la zone de notification ; le service continue sans elles (comme avec --headless). Installez le paquet complet pour l’application de bureau.</translation>
    </message>
    <message>
        <source>No display found, so there is no window or tray icon; serving without them (as with --headless).</source>
        <translation>Aucun affichage trouvé : il n’y a donc ni fenêtre ni icône dans la zone de notification ; le service tourne sans elles (comme avec --headless).</translation>
    </message>
    <message>
        <source>PingPanda is already running for this data folder; its window is shown.</source>
        <translation>PingPanda tourne déjà pour ce dossier de données ; sa fenêtre est affichée.</translation>
    </message>
    <message>
        <source>The option --%1 cannot be used when serving.</source>
        <translation>L’option --%1 ne peut pas être utilisée pour servir l’API.</translation>
    </message>
    <message>
        <source>The option --%1 cannot be used with &apos;pingpanda %2&apos;.</source>
        <translation>L’option --%1 ne peut pas être utilisée avec « pingpanda %2 ».</translation>
    </message>
    <message>
        <source>How to read the payload: generic (default), github, grafana or uptime-kuma.</source>
        <translation>Comment lire le contenu : generic (par défaut), github, grafana ou uptime-kuma.</translation>
    </message>
    <message>
        <source>Send the event only when the command fails.</source>
        <translation>N’envoyer l’événement que si la commande échoue.</translation>
    </message>
    <message>
        <source>Only these categories (default: every category).</source>
        <translation>Seulement ces catégories (par défaut : toutes).</translation>
    </message>
    <message>
        <source>Make a key for one tool; print it once (only a hash is kept).</source>
        <translation>Créer une clé pour un outil ; l’afficher une fois (seul un hachage est conservé).</translation>
    </message>
    <message>
        <source>List the tools&apos; keys: name, categories, created, last used.</source>
        <translation>Lister les clés des outils : nom, catégories, création, dernière utilisation.</translation>
    </message>
    <message>
        <source>Revoke a tool&apos;s key; its requests get 401 at once.</source>
        <translation>Révoquer la clé d’un outil ; ses requêtes reçoivent 401 aussitôt.</translation>
    </message>
    <message>
        <source>Take another program&apos;s webhooks (GitHub, Grafana, Uptime Kuma, any JSON) as events; print the URL and key once.</source>
        <translation>Recevoir les webhooks d’un autre programme (GitHub, Grafana, Uptime Kuma, tout JSON) comme événements ; afficher l’URL et la clé une fois.</translation>
    </message>
    <message>
        <source>The category of the hook&apos;s events (required).</source>
        <translation>La catégorie des événements du hook (obligatoire).</translation>
    </message>
    <message>
        <source>List the hooks: preset, category, what each last received.</source>
        <translation>Lister les hooks : modèle, catégorie, ce que chacun a reçu en dernier.</translation>
    </message>
    <message>
        <source>Remove a hook; its URL answers 404 from then on.</source>
        <translation>Supprimer un hook ; son URL répond 404 ensuite.</translation>
    </message>
    <message>
        <source>Run a command as usual, then send an event saying how it ended.</source>
        <translation>Exécuter une commande comme d’habitude, puis envoyer un événement disant comment elle s’est terminée.</translation>
    </message>
    <message>
        <source>The event&apos;s category (default: job, made the first time).</source>
        <translation>La catégorie de l’événement (par défaut : job, créée la première fois).</translation>
    </message>
    <message>
        <source>Put -- before the command and its options: pingpanda run -- COMMAND [ARG...].</source>
        <translation>Mettez -- avant la commande et ses options : pingpanda run -- COMMAND [ARG...].</translation>
    </message>
    <message>
        <source>Say which category its events get: pingpanda hook add %1 --category C.</source>
        <translation>Indiquez la catégorie de ses événements : pingpanda hook add %1 --category C.</translation>
    </message>
    <message>
        <source>--preset takes one of: %1 (got &quot;%2&quot;).</source>
        <translation>--preset accepte l’une de ces valeurs : %1 (reçu : « %2 »).</translation>
    </message>
    <message>
        <source>Made the hook &quot;%1&quot; (preset %2): its events go to the category %3.</source>
        <translation>Hook « %1 » créé (modèle %2) : ses événements vont dans la catégorie %3.</translation>
    </message>
    <message>
        <source>In the repository: Settings &gt; Webhooks &gt; Add webhook.</source>
        <translation>Dans le dépôt : Settings &gt; Webhooks &gt; Add webhook.</translation>
    </message>
    <message>
        <source>Payload URL:  %1</source>
        <translation>Payload URL :  %1</translation>
    </message>
    <message>
        <source>Content type: application/json</source>
        <translation>Content type : application/json</translation>
    </message>
    <message>
        <source>Secret:       %1</source>
        <translation>Secret :       %1</translation>
    </message>
    <message>
        <source>Point the sender at this URL:</source>
        <translation>Indiquez cette URL à l’expéditeur :</translation>
    </message>
    <message>
        <source>or send the key as the header &apos;Authorization: Bearer %1&apos;.</source>
        <translation>ou envoyez la clé dans l’en-tête « Authorization: Bearer %1 ».</translation>
    </message>
    <message>
        <source>Copy it now: PingPanda keeps only a hash of the key and cannot show it again.</source>
        <translation>Copiez-la maintenant : PingPanda ne garde qu’un hachage de la clé et ne peut pas la réafficher.</translation>
    </message>
    <message>
        <source>This address works on this computer only. A sender elsewhere reaches it through a tunnel or reverse proxy; then allow its host name with: pingpanda config set server.allowed-hosts NAME</source>
        <translation>Cette adresse ne fonctionne que sur cet ordinateur. Un expéditeur ailleurs l’atteint par un tunnel ou un proxy inverse ; autorisez alors son nom d’hôte avec : pingpanda config set server.allowed-hosts NAME</translation>
    </message>
    <message>
        <source>No hooks yet. Make one with: pingpanda hook add github-shop --category deploy --preset github</source>
        <translation>Aucun hook pour l’instant. Créez-en un avec : pingpanda hook add github-shop --category deploy --preset github</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>LAST RECEIVED</source>
        <translation>DERNIÈRE RÉCEPTION</translation>
    </message>
    <message>
        <source>BECAME</source>
        <translation>DEVENU</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Removed the hook &quot;%1&quot;: its URL now answers 404.</source>
        <translation>Hook « %1 » supprimé : son URL répond désormais 404.</translation>
    </message>
    <message>
        <source>Made the API key &quot;%1&quot;; it may send every category.</source>
        <translation>Clé d’API « %1 » créée ; elle peut envoyer toutes les catégories.</translation>
    </message>
    <message>
        <source>Made the API key &quot;%1&quot;; it may send: %2.</source>
        <translation>Clé d’API « %1 » créée ; elle peut envoyer : %2.</translation>
    </message>
    <message>
        <source>Copy it now: PingPanda keeps only a hash and cannot show it again.</source>
        <translation>Copiez-la maintenant : PingPanda ne garde qu’un hachage et ne peut pas la réafficher.</translation>
    </message>
    <message>
        <source>No keys for tools yet. Make one with: pingpanda api-key add backup-script --categories backup</source>
        <translation>Aucune clé d’outil pour l’instant. Créez-en une avec : pingpanda api-key add backup-script --categories backup</translation>
    </message>
    <message>
        <source>CATEGORIES</source>
        <translation>CATÉGORIES</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Revoked the API key &quot;%1&quot;: requests with it now get 401.</source>
        <translation>Clé d’API « %1 » révoquée : les requêtes avec elle reçoivent désormais 401.</translation>
    </message>
    <message>
        <source>The event was not sent: %1</source>
        <translation>L’événement n’a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>Apply history.keep-days and history.max-events now; print how many went.</source>
        <translation>Appliquer history.keep-days et history.max-events maintenant ; afficher combien sont partis.</translation>
    </message>
    <message>
        <source>Every event is kept: set history.keep-days or history.max-events first, for example: pingpanda config set history.keep-days 90</source>
        <translation>Tous les événements sont gardés : réglez d’abord history.keep-days ou history.max-events, par exemple : pingpanda config set history.keep-days 90</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s); %1 kept, %2 MB on disk (was %3 MB).</source>
        <translation>
            <numerusform>%n événement supprimé ; %1 gardés, %2 Mo sur le disque (avant : %3 Mo).</numerusform>
            <numerusform>%n événements supprimés ; %1 gardés, %2 Mo sur le disque (avant : %3 Mo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only events with delivery status S: pending, delivered, failed or muted.</source>
        <translation>Seulement les événements au statut de livraison S : pending, delivered, failed ou muted.</translation>
    </message>
    <message>
        <source>Send its events at once, even in quiet hours or a snooze.</source>
        <translation>Envoyer ses événements tout de suite, même en heures calmes ou en pause.</translation>
    </message>
    <message>
        <source>Hold its events with the rest (the default).</source>
        <translation>Retenir ses événements avec les autres (par défaut).</translation>
    </message>
    <message>
        <source>Store its events but never send them (status MUTED).</source>
        <translation>Enregistrer ses événements sans jamais les envoyer (statut MUTED).</translation>
    </message>
    <message>
        <source>Send its events again.</source>
        <translation>Envoyer de nouveau ses événements.</translation>
    </message>
    <message>
        <source>Send its events to this Discord webhook instead of the profile&apos;s destination.</source>
        <translation>Envoyer ses événements à ce webhook Discord au lieu de la destination du profil.</translation>
    </message>
    <message>
        <source>Send its events to the profile&apos;s destination again.</source>
        <translation>Envoyer de nouveau ses événements à la destination du profil.</translation>
    </message>
    <message>
        <source>Change a category&apos;s rules: urgent, muted, its own webhook.</source>
        <translation>Changer les règles d’une catégorie : urgente, en sourdine, son propre webhook.</translation>
    </message>
    <message>
        <source>Hold sends for a while (45s, 30m, 2h, 1d), then send what came as one digest; off resumes now, quiet hours under way included.</source>
        <translation>Retenir les envois un moment (45s, 30m, 2h, 1d), puis envoyer ce qui est arrivé en un seul résumé ; off reprend maintenant, heures calmes en cours comprises.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a delivery status; use pending, delivered, failed or muted.</source>
        <translation>« %1 » n’est pas un statut de livraison ; utilisez pending, delivered, failed ou muted.</translation>
    </message>
    <message>
        <source>sent to its own webhook</source>
        <translation>envoyée à son propre webhook</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other; give one.</source>
        <translation>--%1 et --%2 se contredisent ; donnez-en un seul.</translation>
    </message>
    <message>
        <source>Say what to change: --urgent or --no-urgent, --mute or --unmute, --webhook URL or --no-webhook.</source>
        <translation>Dites quoi changer : --urgent ou --no-urgent, --mute ou --unmute, --webhook URL ou --no-webhook.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is now %2.</source>
        <translation>La catégorie « %1 » est maintenant %2.</translation>
    </message>
    <message>
        <source>Sends resumed. What was held goes out now as one digest.</source>
        <translation>Envois repris. Ce qui a été retenu part maintenant en un seul résumé.</translation>
    </message>
    <message>
        <source>Sends are held until %1. Events are stored meanwhile and go out as one digest then; urgent categories are still sent. Resume early with: pingpanda snooze off</source>
        <translation>Les envois sont retenus jusqu’à %1. Les événements sont enregistrés entre-temps et partent alors en un seul résumé ; les catégories urgentes sont toujours envoyées. Reprendre plus tôt avec : pingpanda snooze off</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>RÈGLES</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>en sourdine</translation>
    </message>
    <message>
        <source>own webhook</source>
        <translation>propre webhook</translation>
    </message>
    <message>
        <source>muted (its events are stored but never sent)</source>
        <translation>en sourdine (ses événements sont enregistrés mais jamais envoyés)</translation>
    </message>
    <message>
        <source>urgent (sent at once, even in quiet hours or a snooze)</source>
        <translation>urgente (envoyée tout de suite, même en heures calmes ou en pause)</translation>
    </message>
    <message>
        <source>like the rest (sent to the profile&apos;s destination, held in quiet hours)</source>
        <translation>comme les autres (envoyée à la destination du profil, retenue en heures calmes)</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d’exécuter %1 : %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>the 7 days before</source>
        <translation>les 7 jours précédents</translation>
    </message>
    <message>
        <source>the 30 days before</source>
        <translation>les 30 jours précédents</translation>
    </message>
    <message>
        <source>same as %1</source>
        <translation>comme %1</translation>
    </message>
    <message>
        <source>none %1</source>
        <translation>aucun %1</translation>
    </message>
    <message>
        <source>%1%2% vs %3</source>
        <translation>%1%2 % par rapport à %3</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Add &amp;quick-start categories</source>
        <translation>Ajouter les catégories de &amp;démarrage rapide</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Send your first event&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Envoyez votre premier événement&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Run this in a terminal or a script. The event appears here the moment it arrives, and on Discord right after.</source>
        <translation>Lancez ceci dans un terminal ou un script. L’événement apparaît ici dès qu’il arrive, et sur Discord juste après.</translation>
    </message>
    <message>
        <source>Command for the first event</source>
        <translation>Commande pour le premier événement</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copier la commande</translation>
    </message>
    <message>
        <source>First, tell PingPanda where to send events: your bot&apos;s direct messages or a channel webhook. Until then the API answers 403.</source>
        <translation>D’abord, indiquez à PingPanda où envoyer les événements : les messages privés de votre bot ou le webhook d’un salon. D’ici là, l’API répond 403.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Ouvrir les &amp;paramètres</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Categories at a glance</source>
        <translation>Les catégories en un coup d’œil</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>All events today, by hour</source>
        <translation>Tous les événements d’aujourd’hui, par heure</translation>
    </message>
    <message>
        <source>All events in the last %1 days, by day</source>
        <translation>Tous les événements des %1 derniers jours, par jour</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 exists but is not a folder. Choose another data folder with --data-dir.</source>
        <translation>%1 existe mais n’est pas un dossier. Choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that you may write there, or choose another folder with --data-dir.</source>
        <translation>Impossible de créer le dossier de données %1. Vérifiez que vous pouvez y écrire, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2.</source>
        <translation>Impossible de créer le fichier de base de données %1 : %2.</translation>
    </message>
    <message>
        <source>No data folder was given.</source>
        <translation>Aucun dossier de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2.</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 a échoué : %2.</translation>
    </message>
    <message>
        <source>The database could not prepare a statement: %1.</source>
        <translation>La base de données n’a pas pu préparer une requête : %1.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1.</source>
        <translation>La base de données est occupée ou ne peut pas être écrite : %1.</translation>
    </message>
    <message>
        <source>The database could not save the change: %1.</source>
        <translation>La base de données n’a pas pu enregistrer la modification : %1.</translation>
    </message>
    <message>
        <source>%1 is not a PingPanda database (%2). Move it away or choose another data folder with --data-dir; PingPanda will not overwrite it.</source>
        <translation>%1 n’est pas une base de données PingPanda (%2). Déplacez-la ou choisissez un autre dossier de données avec --data-dir ; PingPanda ne l’écrasera pas.</translation>
    </message>
    <message>
        <source>The database %1 could not switch to write-ahead logging (%2).</source>
        <translation>La base de données %1 n’a pas pu passer en journalisation anticipée (WAL) (%2).</translation>
    </message>
    <message>
        <source>The database could not be configured: %1.</source>
        <translation>La base de données n’a pas pu être configurée : %1.</translation>
    </message>
    <message>
        <source>Could not read the database version: %1.</source>
        <translation>Impossible de lire la version de la base de données : %1.</translation>
    </message>
    <message>
        <source>Could not read the database header: %1.</source>
        <translation>Impossible de lire l’en-tête de la base de données : %1.</translation>
    </message>
    <message>
        <source>Could not read the database schema: %1.</source>
        <translation>Impossible de lire le schéma de la base de données : %1.</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not PingPanda. Move it away or choose another data folder with --data-dir; PingPanda will not change it.</source>
        <translation>%1 appartient à un autre programme, pas à PingPanda. Déplacez-le ou choisissez un autre dossier de données avec --data-dir ; PingPanda ne le modifiera pas.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PingPanda (database version %2; this one knows up to %3). Update PingPanda, or choose another data folder with --data-dir.</source>
        <translation>%1 a été écrit par un PingPanda plus récent (version de base de données %2 ; celui-ci connaît jusqu’à %3). Mettez PingPanda à jour ou choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1: %2.</source>
        <translation>Impossible de mettre à jour la base de données vers la version %1 : %2.</translation>
    </message>
    <message>
        <source>Could not record the database version: %1.</source>
        <translation>Impossible d’enregistrer la version de la base de données : %1.</translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation>Configuration de la base de données</translation>
    </message>
    <message>
        <source>Could not read the database&apos;s vacuum mode: %1.</source>
        <translation>Impossible de lire le mode vacuum de la base de données : %1.</translation>
    </message>
    <message>
        <source>Could not rewrite the database to give space back: %1.</source>
        <translation>Impossible de réécrire la base de données pour libérer de l’espace : %1.</translation>
    </message>
</context>
<context>
    <name>DeliveryQueue</name>
    <message>
        <source>Discord does not let your bot send you direct messages. Share a server with the bot and allow direct messages from server members (User Settings &gt; Privacy &amp; Safety), then retry the event.</source>
        <translation>Discord ne permet pas à votre bot de vous envoyer des messages privés. Partagez un serveur avec le bot et autorisez les messages privés des membres du serveur (Paramètres utilisateur &gt; Confidentialité et sécurité), puis réessayez l’événement.</translation>
    </message>
    <message>
        <source>Discord has no user with the ID %1 the bot can reach. Check it, then set it with: pingpanda config set discord.user-id YOUR_ID</source>
        <translation>Discord n’a aucun utilisateur avec l’identifiant %1 que le bot puisse joindre. Vérifiez-le, puis définissez-le avec : pingpanda config set discord.user-id VOTRE_ID</translation>
    </message>
    <message>
        <source>The Discord webhook no longer exists. Create a new one in the channel&apos;s settings (Integrations &gt; Webhooks) and set it with: pingpanda config set discord.webhook-url URL</source>
        <translation>Le webhook Discord n’existe plus. Créez-en un nouveau dans les paramètres du salon (Intégrations &gt; Webhooks) et définissez-le avec : pingpanda config set discord.webhook-url URL</translation>
    </message>
    <message>
        <source>The bot lacks the permission to post there (Discord error %1: %2).</source>
        <translation>Le bot n’a pas la permission de publier là (erreur Discord %1 : %2).</translation>
    </message>
    <message>
        <source>Discord refused the bot token (401 Unauthorized). Set the current token with: pingpanda token set</source>
        <translation>Discord a refusé le jeton du bot (401 Unauthorized). Définissez le jeton actuel avec : pingpanda token set</translation>
    </message>
    <message>
        <source>The Discord webhook no longer exists (404). Create a new one in the channel&apos;s settings (Integrations &gt; Webhooks) and set it with: pingpanda config set discord.webhook-url URL</source>
        <translation>Le webhook Discord n’existe plus (404). Créez-en un nouveau dans les paramètres du salon (Intégrations &gt; Webhooks) et définissez-le avec : pingpanda config set discord.webhook-url URL</translation>
    </message>
    <message>
        <source>Discord refused the message (HTTP %1%2).</source>
        <translation>Discord a refusé le message (HTTP %1%2).</translation>
    </message>
    <message>
        <source>Discord could not be reached (%1); trying again in %2 s.</source>
        <translation>Discord est injoignable (%1) ; nouvel essai dans %2 s.</translation>
    </message>
</context>
<context>
    <name>DiscordCheck</name>
    <message>
        <source>Discord could not be reached (%1). Check the internet connection.</source>
        <translation>Discord est injoignable (%1). Vérifiez la connexion Internet.</translation>
    </message>
    <message>
        <source>The webhook works: events are posted by &quot;%1&quot; (nothing was sent now).</source>
        <translation>Le webhook fonctionne : les événements sont publiés par « %1 » (rien n’a été envoyé maintenant).</translation>
    </message>
    <message>
        <source>The webhook no longer exists. Create a new one in the channel&apos;s settings (Integrations &gt; Webhooks) and set its address.</source>
        <translation>Le webhook n’existe plus. Créez-en un nouveau dans les paramètres du salon (Intégrations &gt; Webhooks) et définissez son adresse.</translation>
    </message>
    <message>
        <source>The webhook could not be checked: %1</source>
        <translation>Le webhook n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Discord is not set up. Set a webhook address, or your Discord user ID and a bot token.</source>
        <translation>Discord n’est pas configuré. Définissez une adresse de webhook, ou votre identifiant d’utilisateur Discord et un jeton de bot.</translation>
    </message>
    <message>
        <source>Discord refused the bot token. Copy the current one from the Discord Developer Portal (your application &gt; Bot &gt; Reset Token) and save it again.</source>
        <translation>Discord a refusé le jeton du bot. Copiez le jeton actuel depuis le portail des développeurs Discord (votre application &gt; Bot &gt; Reset Token) et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The bot token could not be checked: %1</source>
        <translation>Le jeton du bot n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>The bot token works (the bot is &quot;%1&quot;).</source>
        <translation>Le jeton du bot fonctionne (le bot s’appelle « %1 »).</translation>
    </message>
    <message>
        <source>Discord has no user with the ID %1 that the bot can reach. In Discord, turn on Developer Mode, right-click your name and choose Copy User ID.</source>
        <translation>Discord n’a aucun utilisateur avec l’identifiant %1 que le bot puisse joindre. Dans Discord, activez le mode développeur, faites un clic droit sur votre nom et choisissez « Copier l’identifiant ».</translation>
    </message>
    <message>
        <source>The direct message could not be checked: %1</source>
        <translation>Le message privé n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>The bot can open a direct message with user %1 (nothing was sent). If events fail with &quot;may not send you direct messages&quot;, share a server with the bot and allow direct messages from its members.</source>
        <translation>Le bot peut ouvrir un message privé avec l’utilisateur %1 (rien n’a été envoyé). Si des événements échouent avec « may not send you direct messages », partagez un serveur avec le bot et autorisez les messages privés de ses membres.</translation>
    </message>
</context>
<context>
    <name>DiscordEmbed</name>
    <message numerus="yes">
        <source>**%n event(s)** while sends were held.</source>
        <translation>
            <numerusform>**%n événement** pendant que les envois étaient retenus.</numerusform>
            <numerusform>**%n événements** pendant que les envois étaient retenus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n de plus.</numerusform>
            <numerusform>…et %n de plus.</numerusform>
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
        <translation>Messages privés de mon &amp;bot</translation>
    </message>
    <message>
        <source>Posts in a channel through a &amp;webhook</source>
        <translation>Publications dans un salon via un &amp;webhook</translation>
    </message>
    <message>
        <source>Discord user ID</source>
        <translation>Identifiant d’utilisateur Discord</translation>
    </message>
    <message>
        <source>In Discord, turn on Developer Mode (Settings &gt; Advanced), then right-click your name and choose Copy User ID.</source>
        <translation>Dans Discord, activez le mode développeur (Paramètres &gt; Avancés), puis faites un clic droit sur votre nom et choisissez « Copier l’identifiant ».</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adresse du webhook</translation>
    </message>
    <message>
        <source>Paste a new bot token</source>
        <translation>Collez un nouveau jeton de bot</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <source>Bot token state</source>
        <translation>État du jeton du bot</translation>
    </message>
    <message>
        <source>Connection check result</source>
        <translation>Résultat de la vérification de la connexion</translation>
    </message>
    <message>
        <source>Save &amp;token</source>
        <translation>Enregistrer le &amp;jeton</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Supprimer le jeton</translation>
    </message>
    <message>
        <source>Save &amp;destination</source>
        <translation>Enregistrer la &amp;destination</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <source>Set up with the &amp;assistant…</source>
        <translation>Configurer avec l’&amp;assistant…</translation>
    </message>
    <message>
        <source>Step by step, with each step checked against Discord.</source>
        <translation>Étape par étape, chacune vérifiée auprès de Discord.</translation>
    </message>
    <message>
        <source>Send events as:</source>
        <translation>Envoyer les événements comme :</translation>
    </message>
    <message>
        <source>Your &amp;user ID:</source>
        <translation>Votre identifiant d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>&amp;Jeton du bot :</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Adresse du webhook :</translation>
    </message>
    <message>
        <source>A token is saved in the keychain.</source>
        <translation>Un jeton est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>No token is saved yet.</source>
        <translation>Aucun jeton enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>That does not look like a bot token (three parts separated by dots). Copy it from the Discord Developer Portal: your application &gt; Bot &gt; Reset Token.</source>
        <translation>Cela ne ressemble pas à un jeton de bot (trois parties séparées par des points). Copiez-le depuis le portail des développeurs Discord : votre application &gt; Bot &gt; Reset Token.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>EventCounts</name>
    <message>
        <source>Counting the events</source>
        <translation>Comptage des événements</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>Looking up the idempotency key</source>
        <translation>Recherche de la clé d’idempotence</translation>
    </message>
    <message>
        <source>The Idempotency-Key &quot;%1&quot; was already used for a different request. Use a new key for a new event.</source>
        <translation>L’Idempotency-Key « %1 » a déjà servi pour une autre requête. Utilisez une nouvelle clé pour un nouvel événement.</translation>
    </message>
    <message>
        <source>An event&apos;s fields must be an object of names and values.</source>
        <translation>Les champs d’un événement doivent être un objet de noms et de valeurs.</translation>
    </message>
    <message>
        <source>Looking up the category</source>
        <translation>Recherche de la catégorie</translation>
    </message>
    <message>
        <source>There is no category named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de catégorie nommée « %1 ».</translation>
    </message>
    <message>
        <source>Saving the event</source>
        <translation>Enregistrement de l’événement</translation>
    </message>
    <message>
        <source>Forgetting old idempotency keys</source>
        <translation>Oubli des anciennes clés d’idempotence</translation>
    </message>
    <message>
        <source>Saving the idempotency key</source>
        <translation>Enregistrement de la clé d’idempotence</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Lecture de l’événement</translation>
    </message>
    <message>
        <source>There is no event with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’événement avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>The number of events to list must be between 1 and %1.</source>
        <translation>Le nombre d’événements à lister doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>Le décalage ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Liste des événements</translation>
    </message>
    <message>
        <source>Counting events</source>
        <translation>Comptage des événements</translation>
    </message>
    <message>
        <source>Reading the delivery history</source>
        <translation>Lecture de l’historique de livraison</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>Select an event to see everything it carried and how its delivery went.</source>
        <translation>Sélectionnez un événement pour voir tout ce qu’il contenait et comment s’est passée sa livraison.</translation>
    </message>
    <message>
        <source>Search descriptions and fields</source>
        <translation>Rechercher dans les descriptions et les champs</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the events shown (all pages) as CSV or JSON.</source>
        <translation>Enregistrer les événements affichés (toutes les pages) en CSV ou JSON.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Event ID %1</source>
        <translation>Identifiant de l’événement %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Livraison : %1</translation>
    </message>
    <message>
        <source>Waiting to be sent to Discord.</source>
        <translation>En attente d’envoi à Discord.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problème :</translation>
    </message>
    <message>
        <source>Sent to Discord.</source>
        <translation>Envoyé à Discord.</translation>
    </message>
    <message>
        <source>Sent to Discord (message %1).</source>
        <translation>Envoyé à Discord (message %1).</translation>
    </message>
    <message>
        <source>Not sent, will try again: %1</source>
        <translation>Non envoyé, nouvel essai à venir : %1</translation>
    </message>
    <message>
        <source>Gave up: %1</source>
        <translation>Abandonné : %1</translation>
    </message>
    <message>
        <source>You asked to send it again.</source>
        <translation>Vous avez demandé à le renvoyer.</translation>
    </message>
    <message>
        <source>Select a failed event first.</source>
        <translation>Sélectionnez d’abord un événement en échec.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No events match these filters.&lt;/b&gt;&lt;br&gt;Events that arrive and match them appear here at once.</source>
        <translation>&lt;b&gt;Aucun événement ne correspond à ces filtres.&lt;/b&gt;&lt;br&gt;Les événements qui arrivent et y correspondent apparaissent ici aussitôt.</translation>
    </message>
    <message>
        <source>Show &amp;all events</source>
        <translation>Afficher &amp;tous les événements</translation>
    </message>
    <message>
        <source>&lt;b&gt;No events yet.&lt;/b&gt;&lt;br&gt;Every event a script sends appears here the moment it arrives, with what Discord made of it.</source>
        <translation>&lt;b&gt;Aucun événement pour l’instant.&lt;/b&gt;&lt;br&gt;Chaque événement envoyé par un script apparaît ici dès son arrivée, avec ce qu’en a fait Discord.</translation>
    </message>
    <message>
        <source>Send a &amp;test event</source>
        <translation>Envoyer un événement de &amp;test</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Save and &amp;apply</source>
        <translation>Enregistrer et &amp;appliquer</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Pour toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>Garder les événements pendant</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Pas de limite</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Garder au plus</translation>
    </message>
    <message>
        <source>Older events are deleted in the background, a few at a time; events still waiting to be sent are never deleted.</source>
        <translation>Les événements plus anciens sont supprimés en arrière-plan, quelques-uns à la fois ; ceux qui attendent encore d’être envoyés ne le sont jamais.</translation>
    </message>
    <message>
        <source>Keep events &amp;for:</source>
        <translation>Garder les événements &amp;pendant :</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>Garder au &amp;plus :</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), %1 on disk</source>
        <translation>
            <numerusform>%Ln événement, %1 sur le disque</numerusform>
            <numerusform>%Ln événements, %1 sur le disque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hook</name>
    <message>
        <source>A hook&apos;s name must be 1 to 50 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (got &quot;%1&quot;), for example: github-shop.</source>
        <translation>Le nom d’un hook doit faire de 1 à 50 lettres, chiffres, « . », « - » ou « _ » (reçu : « %1 »), par exemple : github-shop.</translation>
    </message>
</context>
<context>
    <name>HookDialog</name>
    <message>
        <source>New hook</source>
        <translation>Nouveau hook</translation>
    </message>
    <message>
        <source>github-shop</source>
        <translation>github-shop</translation>
    </message>
    <message>
        <source>&amp;Make hook</source>
        <translation>&amp;Créer le hook</translation>
    </message>
    <message>
        <source>A hook gives another program its own address here. What it sends there becomes an event of the category you choose.</source>
        <translation>Un hook donne ici à un autre programme sa propre adresse. Ce qu’il y envoie devient un événement de la catégorie choisie.</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Envoyé par :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Grafana alerting</source>
        <translation>Alertes Grafana</translation>
    </message>
    <message>
        <source>Uptime Kuma</source>
        <translation>Uptime Kuma</translation>
    </message>
    <message>
        <source>Any program (JSON)</source>
        <translation>Tout programme (JSON)</translation>
    </message>
    <message>
        <source>Pushes, workflow runs, issues, pull requests and releases of a repository. GitHub signs each delivery with the hook&apos;s key.</source>
        <translation>Pushs, exécutions de workflow, issues, pull requests et versions d’un dépôt. GitHub signe chaque envoi avec la clé du hook.</translation>
    </message>
    <message>
        <source>Alerts firing and resolved, from a contact point of type Webhook.</source>
        <translation>Alertes déclenchées et résolues, depuis un point de contact de type Webhook.</translation>
    </message>
    <message>
        <source>Monitors going down and coming back up, from a Webhook notification.</source>
        <translation>Moniteurs qui tombent et reviennent, depuis une notification Webhook.</translation>
    </message>
    <message>
        <source>{&quot;description&quot;: &quot;…&quot;, &quot;fields&quot;: {…}} or any JSON object: a text member becomes the message, the other values its fields.</source>
        <translation>{&quot;description&quot;: &quot;…&quot;, &quot;fields&quot;: {…}} ou tout objet JSON : un membre texte devient le message, les autres valeurs ses champs.</translation>
    </message>
    <message>
        <source>Add a category first, on the Categories page: a hook&apos;s events need one.</source>
        <translation>Ajoutez d’abord une catégorie, dans la page Catégories : les événements d’un hook en ont besoin.</translation>
    </message>
    <message>
        <source>Name the hook; the name is part of its address.</source>
        <translation>Nommez le hook ; le nom fait partie de son adresse.</translation>
    </message>
    <message>
        <source>There is already a hook named &quot;%1&quot;.</source>
        <translation>Un hook nommé « %1 » existe déjà.</translation>
    </message>
</context>
<context>
    <name>HookStore</name>
    <message>
        <source>Looking up the hook</source>
        <translation>Recherche du hook</translation>
    </message>
    <message>
        <source>There is already a hook named &quot;%1&quot;. Choose another name, or remove it first: pingpanda hook remove %1</source>
        <translation>Un hook nommé « %1 » existe déjà. Choisissez un autre nom, ou supprimez-le d’abord : pingpanda hook remove %1</translation>
    </message>
    <message>
        <source>There is no category named &quot;%1&quot;. Add it first: pingpanda category add %1</source>
        <translation>Aucune catégorie ne s’appelle « %1 ». Ajoutez-la d’abord : pingpanda category add %1</translation>
    </message>
    <message>
        <source>Saving the hook</source>
        <translation>Enregistrement du hook</translation>
    </message>
    <message>
        <source>Reading the hooks</source>
        <translation>Lecture des hooks</translation>
    </message>
    <message>
        <source>Removing the hook</source>
        <translation>Suppression du hook</translation>
    </message>
    <message>
        <source>There is no hook named &quot;%1&quot;. See them all with: pingpanda hook list</source>
        <translation>Aucun hook ne s’appelle « %1 ». Voyez-les tous avec : pingpanda hook list</translation>
    </message>
    <message>
        <source>Saving the hook&apos;s new key</source>
        <translation>Enregistrement de la nouvelle clé du hook</translation>
    </message>
    <message>
        <source>There is no hook named &quot;%1&quot;.</source>
        <translation>Aucun hook ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Noting what the hook received</source>
        <translation>Enregistrement de ce que le hook a reçu</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>New &amp;key…</source>
        <translation>Nouvelle &amp;clé…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>&amp;Make hook…</source>
        <translation>&amp;Créer un hook…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No hooks yet.&lt;/b&gt;&lt;br&gt;A hook gives GitHub, Grafana, Uptime Kuma or any program that sends webhooks an address here: what it sends becomes an event, without a script in between.</source>
        <translation>&lt;b&gt;Aucun hook pour l’instant.&lt;/b&gt;&lt;br&gt;Un hook donne ici une adresse à GitHub, Grafana, Uptime Kuma ou tout programme qui envoie des webhooks : ce qu’il envoie devient un événement, sans script entre les deux.</translation>
    </message>
    <message>
        <source>Make a &amp;hook…</source>
        <translation>Créer un &amp;hook…</translation>
    </message>
    <message>
        <source>Selected hook</source>
        <translation>Hook sélectionné</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the address (the key is not in it: it is shown once, when made)</source>
        <translation>Copier l’adresse (sans la clé : elle n’est montrée qu’une fois, à la création)</translation>
    </message>
    <message>
        <source>Last payload</source>
        <translation>Dernier contenu</translation>
    </message>
    <message>
        <source>Nothing received yet. Send a test from the other program (GitHub: Recent Deliveries &gt; Redeliver; Grafana and Uptime Kuma: Test).</source>
        <translation>Rien reçu pour l’instant. Envoyez un test depuis l’autre programme (GitHub : Recent Deliveries &gt; Redeliver ; Grafana et Uptime Kuma : Test).</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Last received:</source>
        <translation>Dernière réception :</translation>
    </message>
    <message>
        <source>Became:</source>
        <translation>Devenu :</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>abc.ngrok-free.app</source>
        <translation>abc.ngrok-free.app</translation>
    </message>
    <message>
        <source>Host names of a tunnel or proxy</source>
        <translation>Noms d’hôte d’un tunnel ou d’un proxy</translation>
    </message>
    <message>
        <source>Senders outside this computer reach PingPanda through a tunnel or reverse proxy; the server answers for the host names given here (separated by commas).</source>
        <translation>Les expéditeurs hors de cet ordinateur atteignent PingPanda par un tunnel ou un proxy inverse ; le serveur répond pour les noms d’hôte indiqués ici (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Tunnel or proxy &amp;host name:</source>
        <translation>Nom d’&amp;hôte du tunnel ou proxy :</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Rien pour l’instant</translation>
    </message>
    <message>
        <source>Saved: the server answers for these names now.</source>
        <translation>Enregistré : le serveur répond désormais pour ces noms.</translation>
    </message>
    <message>
        <source>Hook %1</source>
        <translation>Hook %1</translation>
    </message>
    <message>
        <source>Paste these into %1; what it sends becomes an event of the category %2.</source>
        <translation>Collez ceci dans %1 ; ce qu’il envoie devient un événement de la catégorie %2.</translation>
    </message>
    <message>
        <source>In the repository: Settings &gt; Webhooks &gt; Add webhook. Content type: application/json.</source>
        <translation>Dans le dépôt : Settings &gt; Webhooks &gt; Add webhook. Content type : application/json.</translation>
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
        <translation>Dans Grafana : Alerting &gt; Contact points &gt; Add contact point, intégration Webhook.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>In Uptime Kuma: Settings &gt; Notifications &gt; Setup Notification, type Webhook, body application/json.</source>
        <translation>Dans Uptime Kuma : Settings &gt; Notifications &gt; Setup Notification, type Webhook, corps application/json.</translation>
    </message>
    <message>
        <source>Post URL</source>
        <translation>Post URL</translation>
    </message>
    <message>
        <source>POST JSON to this URL, or send the key as &apos;Authorization: Bearer &lt;key&gt;&apos; to the address without it.</source>
        <translation>Envoyez du JSON en POST à cette URL, ou la clé en « Authorization: Bearer &lt;key&gt; » à l’adresse sans elle.</translation>
    </message>
    <message>
        <source>This address works on this computer only; a sender elsewhere needs a tunnel or reverse proxy, whose host name goes at the foot of the Hooks page.</source>
        <translation>Cette adresse ne fonctionne que sur cet ordinateur ; un expéditeur ailleurs a besoin d’un tunnel ou d’un proxy inverse, dont le nom d’hôte se saisit en bas de la page Hooks.</translation>
    </message>
    <message>
        <source>Make hook</source>
        <translation>Créer un hook</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Make a new key for the hook &quot;%1&quot;? The old one stops working at once: paste the new one into the sender.</source>
        <translation>Créer une nouvelle clé pour le hook « %1 » ? L’ancienne cesse aussitôt de fonctionner : collez la nouvelle chez l’expéditeur.</translation>
    </message>
    <message>
        <source>Remove hook</source>
        <translation>Supprimer le hook</translation>
    </message>
    <message>
        <source>Remove the hook &quot;%1&quot;? Its address answers 404 from then on; the events it brought stay in the history.</source>
        <translation>Supprimer le hook « %1 » ? Son adresse répondra 404 ; les événements qu’il a apportés restent dans l’historique.</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>« %1 » n’est pas une adresse IP sur laquelle écouter.</translation>
    </message>
    <message>
        <source>Discord is not set up, so the API answers 403 and sends nothing. Set a webhook (pingpanda config set discord.webhook-url URL), or your user ID and a bot token (pingpanda config set discord.user-id ID; pingpanda token set).%1</source>
        <translation>Discord n’est pas configuré : l’API répond donc 403 et n’envoie rien. Définissez un webhook (pingpanda config set discord.webhook-url URL), ou votre identifiant d’utilisateur et un jeton de bot (pingpanda config set discord.user-id ID ; pingpanda token set).%1</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>PingPanda is already running for this data folder (process %1). Stop it first, or choose another folder with --data-dir.</source>
        <translation>PingPanda tourne déjà pour ce dossier de données (processus %1). Arrêtez-le d’abord, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Could not lock the data folder %1.</source>
        <translation>Impossible de verrouiller le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>LiveProfile</name>
    <message>
        <source>Could not check the database for changes.</source>
        <translation>Impossible de vérifier les modifications de la base de données.</translation>
    </message>
    <message>
        <source>Checking the database for changes</source>
        <translation>Vérification des modifications de la base de données</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <source>How your events have been coming in.</source>
        <translation>Comment vos événements sont arrivés.</translation>
    </message>
    <message>
        <source>Every event received, newest first. Select one to see its fields and what Discord answered.</source>
        <translation>Chaque événement reçu, le plus récent en premier. Sélectionnez-en un pour voir ses champs et la réponse de Discord.</translation>
    </message>
    <message>
        <source>The kinds of events your scripts send, with the emoji and colour of their Discord messages.</source>
        <translation>Les types d’événements que vos scripts envoient, avec l’emoji et la couleur de leurs messages Discord.</translation>
    </message>
    <message>
        <source>Send an event the way a script would, and watch it reach Discord.</source>
        <translation>Envoyez un événement comme le ferait un script et regardez-le arriver dans Discord.</translation>
    </message>
    <message>
        <source>Where events go, the key scripts use, and how PingPanda runs on this computer.</source>
        <translation>Où vont les événements, la clé qu’utilisent les scripts et comment PingPanda fonctionne sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed event(s)</source>
        <translation>
            <numerusform>%n événement en échec</numerusform>
            <numerusform>%n événements en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>Addresses for GitHub, Grafana, Uptime Kuma or any program&apos;s webhooks: what they send becomes events.</source>
        <translation>Des adresses pour les webhooks de GitHub, Grafana, Uptime Kuma ou tout programme : ce qu’ils envoient devient des événements.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Reading the events to send</source>
        <translation>Lecture des événements à envoyer</translation>
    </message>
    <message>
        <source>The destination was changed</source>
        <translation>La destination a été changée</translation>
    </message>
    <message>
        <source>Updating the events</source>
        <translation>Mise à jour des événements</translation>
    </message>
    <message>
        <source>Updating the event</source>
        <translation>Mise à jour de l’événement</translation>
    </message>
    <message>
        <source>Event %1 is %2, not %3.</source>
        <translation>L’événement %1 est %2, pas %3.</translation>
    </message>
    <message>
        <source>Recording the delivery</source>
        <translation>Enregistrement de la livraison</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Saving the profile</source>
        <translation>Enregistrement du profil</translation>
    </message>
    <message>
        <source>Reading the profile</source>
        <translation>Lecture du profil</translation>
    </message>
    <message>
        <source>The profile could not be read back.</source>
        <translation>Le profil n’a pas pu être relu.</translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <source>&quot;%1&quot; is not a span of quiet hours. Write it as HH:MM-HH:MM in your local time, for example 22:00-07:30.</source>
        <translation>« %1 » n’est pas une plage d’heures calmes. Écrivez-la HH:MM-HH:MM en heure locale, par exemple 22:00-07:30.</translation>
    </message>
    <message>
        <source>Quiet hours must end at another time than they start (&quot;%1&quot;).</source>
        <translation>Les heures calmes doivent finir à une autre heure que celle où elles commencent (« %1 »).</translation>
    </message>
</context>
<context>
    <name>QuietHoursPanel</name>
    <message>
        <source>Quiet hours and snooze</source>
        <translation>Heures calmes et pause</translation>
    </message>
    <message>
        <source>Hold sends during &amp;quiet hours, from</source>
        <translation>Retenir les envois en heures &amp;calmes, de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>Digest preview</source>
        <translation>Aperçu du résumé</translation>
    </message>
    <message>
        <source>While sends are held, events are stored and then go out as one digest per destination. Urgent categories are sent at once: choose them on the Categories page.</source>
        <translation>Tant que les envois sont retenus, les événements sont enregistrés puis partent en un seul résumé par destination. Les catégories urgentes sont envoyées tout de suite : choisissez-les sur la page Catégories.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Maintenant :</translation>
    </message>
    <message>
        <source>Sends go out as events come.</source>
        <translation>Les événements partent dès qu’ils arrivent.</translation>
    </message>
    <message>
        <source>Quiet hours until %1.</source>
        <translation>Heures calmes jusqu’à %1.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>En pause jusqu’à %1.</translation>
    </message>
    <message numerus="yes">
        <source>The next digest (%n event(s) held):</source>
        <translation>
            <numerusform>Le prochain résumé (%n événement retenu) :</numerusform>
            <numerusform>Le prochain résumé (%n événements retenus) :</numerusform>
        </translation>
    </message>
    <message>
        <source>A digest looks like this (made from your latest events):</source>
        <translation>Un résumé ressemble à ceci (fait de vos derniers événements) :</translation>
    </message>
    <message>
        <source>Nothing is held. A digest lists each category with how many events it held and the latest few.</source>
        <translation>Rien n’est retenu. Un résumé liste chaque catégorie avec le nombre d’événements retenus et les derniers.</translation>
    </message>
    <message>
        <source>Sn&amp;ooze 1 hour</source>
        <translation>Pause d’&amp;1 heure</translation>
    </message>
    <message>
        <source>R&amp;esume now</source>
        <translation>R&amp;eprendre maintenant</translation>
    </message>
    <message>
        <source>Sa&amp;ve and apply</source>
        <translation>Enregistrer et appli&amp;quer</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Deleting old events</source>
        <translation>Suppression des anciens événements</translation>
    </message>
    <message>
        <source>Giving disk space back</source>
        <translation>Restitution de l’espace disque</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&lt;b&gt;Copy it now.&lt;/b&gt; PingPanda keeps only a hash of the key and cannot show it again; if it is lost, make a new one.</source>
        <translation>&lt;b&gt;Copiez-la maintenant.&lt;/b&gt; PingPanda ne garde qu’un hachage de la clé et ne peut pas la réafficher ; si elle est perdue, créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available (%1). Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet), or on a server set the environment variable %2 instead.</source>
        <translation>Aucun trousseau n’est disponible (%1). Démarrez le trousseau de votre bureau (par exemple GNOME Keyring ou KWallet), ou sur un serveur définissez plutôt la variable d’environnement %2.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation>Le trousseau a refusé l’accès (%1). Déverrouillez votre trousseau et réessayez.</translation>
    </message>
    <message>
        <source>No Discord bot token is stored. Add one with: pingpanda token set</source>
        <translation>Aucun jeton de bot Discord n’est enregistré. Ajoutez-en un avec : pingpanda token set</translation>
    </message>
    <message>
        <source>Reading the Discord bot token from the environment variable %1.</source>
        <translation>Le jeton du bot Discord est lu depuis la variable d’environnement %1.</translation>
    </message>
    <message>
        <source>The Discord bot token is stored in the keychain.</source>
        <translation>Le jeton du bot Discord est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The Discord bot token is saved in the keychain.</source>
        <translation>Le jeton du bot Discord a été enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>No Discord bot token was stored.</source>
        <translation>Aucun jeton de bot Discord n’était enregistré.</translation>
    </message>
    <message>
        <source>The Discord bot token is removed from the keychain.</source>
        <translation>Le jeton du bot Discord a été supprimé du trousseau.</translation>
    </message>
</context>
<context>
    <name>SendTestPage</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>New sale completed!</source>
        <translation>Nouvelle vente conclue !</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Ajouter un &amp;champ</translation>
    </message>
    <message>
        <source>Remo&amp;ve field</source>
        <translation>Supprimer le c&amp;hamp</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation>C&amp;hamps :</translation>
    </message>
    <message>
        <source>How Discord will show it:</source>
        <translation>Comment Discord l’affichera :</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not a Discord user ID; those are 17 to 20 digits. In Discord, turn on Developer Mode (Settings &gt; Advanced), then right-click your name and choose Copy User ID.</source>
        <translation>« %1 » n’est pas un identifiant d’utilisateur Discord ; ceux-ci comptent 17 à 20 chiffres. Dans Discord, activez le mode développeur (Paramètres &gt; Avancés), puis faites un clic droit sur votre nom et choisissez « Copier l’identifiant ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use a whole number from %3 to %4.</source>
        <translation>« %1 » n’est pas une valeur valable pour %2 ; utilisez un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>rate limit (0 turns it off)</source>
        <translation>limite de débit (0 la supprime)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 to serve only this computer, or an address of one of its network interfaces.</source>
        <translation>« %1 » n’est pas une adresse IP. Utilisez 127.0.0.1 pour ne servir que cet ordinateur, ou l’adresse de l’une de ses interfaces réseau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin. Write origins like https://example.com or http://localhost:3000, separated by commas.</source>
        <translation>« %1 » n’est pas une origine. Écrivez les origines comme https://example.com ou http://localhost:3000, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Your Discord user ID; the bot sends events to you as direct messages.</source>
        <translation>Votre identifiant d’utilisateur Discord ; le bot vous envoie les événements en messages privés.</translation>
    </message>
    <message>
        <source>A Discord webhook address; events are posted to its channel instead of a DM.</source>
        <translation>Une adresse de webhook Discord ; les événements sont publiés dans son salon au lieu d’un message privé.</translation>
    </message>
    <message>
        <source>The Discord API address (the environment variable PINGPANDA_DISCORD_API_BASE overrides it).</source>
        <translation>L’adresse de l’API Discord (la variable d’environnement PINGPANDA_DISCORD_API_BASE la remplace).</translation>
    </message>
    <message>
        <source>The port the local Events API listens on.</source>
        <translation>Le port sur lequel l’API Events locale écoute.</translation>
    </message>
    <message>
        <source>The address the Events API listens on; anything but 127.0.0.1 or ::1 lets other computers reach it.</source>
        <translation>L’adresse sur laquelle l’API Events écoute ; tout autre que 127.0.0.1 ou ::1 la rend accessible à d’autres ordinateurs.</translation>
    </message>
    <message>
        <source>Web page origins allowed to call the API from a browser, separated by commas.</source>
        <translation>Origines des pages web autorisées à appeler l’API depuis un navigateur, séparées par des virgules.</translation>
    </message>
    <message>
        <source>How many events a minute the API accepts (0 turns the limit off).</source>
        <translation>Combien d’événements par minute l’API accepte (0 supprime la limite).</translation>
    </message>
    <message>
        <source>Reading a setting</source>
        <translation>Lecture d’un paramètre</translation>
    </message>
    <message>
        <source>Saving a setting</source>
        <translation>Enregistrement d’un paramètre</translation>
    </message>
    <message>
        <source>Removing a setting</source>
        <translation>Suppression d’un paramètre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name. Write names like hooks.example.com or abc.ngrok-free.app (no scheme, no port), separated by commas.</source>
        <translation>« %1 » n’est pas un nom d’hôte. Écrivez des noms comme hooks.example.com ou abc.ngrok-free.app (sans schéma ni port), séparés par des virgules.</translation>
    </message>
    <message>
        <source>More host names the server answers for, separated by commas: a tunnel&apos;s or reverse proxy&apos;s name that senders of hooks reach it by.</source>
        <translation>Autres noms d’hôte pour lesquels le serveur répond, séparés par des virgules : le nom d’un tunnel ou d’un proxy inverse par lequel les expéditeurs de hooks l’atteignent.</translation>
    </message>
    <message>
        <source>number of days (0 keeps every event)</source>
        <translation>nombre de jours (0 garde tous les événements)</translation>
    </message>
    <message>
        <source>number of events (0 sets no limit)</source>
        <translation>nombre d’événements (0 : pas de limite)</translation>
    </message>
    <message>
        <source>Events older than this many days are deleted (0 keeps them all). Pending events are never deleted.</source>
        <translation>Les événements plus anciens que ce nombre de jours sont supprimés (0 les garde tous). Les événements en attente ne sont jamais supprimés.</translation>
    </message>
    <message>
        <source>At most this many events are kept, the oldest deleted first (0 sets no limit).</source>
        <translation>Au plus ce nombre d’événements est gardé, les plus anciens supprimés d’abord (0 : pas de limite).</translation>
    </message>
    <message>
        <source>HH:MM-HH:MM in local time (it may cross midnight): events are stored but not sent until it ends, then go out as one digest. Urgent categories are sent anyway.</source>
        <translation>HH:MM-HH:MM en heure locale (peut passer minuit) : les événements sont enregistrés mais pas envoyés jusqu’à la fin, puis partent en un seul résumé. Les catégories urgentes sont envoyées quand même.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Start PingPanda when I &amp;log in</source>
        <translation>Démarrer PingPanda à l’&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>Démarrer &amp;masqué dans la zone de notification</translation>
    </message>
    <message>
        <source>Show a &amp;notification for every event</source>
        <translation>Afficher une &amp;notification pour chaque événement</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Régénérer…</translation>
    </message>
    <message>
        <source>Scripts send it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Les scripts l’envoient sous la forme « Authorization: Bearer &lt;key&gt; ».</translation>
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
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Save &amp;server settings</source>
        <translation>Enregistrer les paramètres du &amp;serveur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse :</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Limite de débit :</translation>
    </message>
    <message>
        <source>The port and address apply the next time PingPanda starts; the rate limit at once.</source>
        <translation>Le port et l’adresse s’appliquent au prochain démarrage de PingPanda ; la limite de débit immédiatement.</translation>
    </message>
    <message>
        <source>The window stays closed at start; open it from the PingPanda icon in the tray.</source>
        <translation>La fenêtre reste fermée au démarrage ; ouvrez-la depuis l’icône PingPanda dans la zone de notification.</translation>
    </message>
    <message>
        <source>Events arriving in quick succession are summed up in one notification.</source>
        <translation>Les événements qui arrivent en rafale sont résumés en une seule notification.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Regenerate the API key</source>
        <translation>Régénérer la clé d’API</translation>
    </message>
    <message>
        <source>Scripts using the current key will get 401 until you give them the new one. Regenerate it?</source>
        <translation>Les scripts utilisant la clé actuelle recevront 401 jusqu’à ce que vous leur donniez la nouvelle. La régénérer ?</translation>
    </message>
    <message>
        <source>Leave this computer?</source>
        <translation>Ouvrir à d’autres ordinateurs ?</translation>
    </message>
    <message>
        <source>On %1, other computers that can reach this one can send events (with the API key). Listen there?</source>
        <translation>Sur %1, les autres ordinateurs qui peuvent joindre celui-ci peuvent envoyer des événements (avec la clé d’API). Écouter là ?</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>The API key was kept.</source>
        <translation>La clé d’API a été conservée.</translation>
    </message>
    <message>
        <source>The address was kept: it would let other computers send events.</source>
        <translation>L’adresse a été conservée : elle permettrait à d’autres ordinateurs d’envoyer des événements.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pparence :</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>Set up PingPanda</source>
        <translation>Configurer PingPanda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Snooze</name>
    <message>
        <source>&quot;%1&quot; is not a duration. Write a whole number and s, m, h or d, for example 45s, 30m, 2h or 1d (or off to resume now).</source>
        <translation>« %1 » n’est pas une durée. Écrivez un nombre entier suivi de s, m, h ou d, par exemple 45s, 30m, 2h ou 1d (ou off pour reprendre maintenant).</translation>
    </message>
    <message>
        <source>A snooze lasts at most 30 days (&quot;%1&quot;).</source>
        <translation>Une pause dure au plus 30 jours (« %1 »).</translation>
    </message>
</context>
<context>
    <name>StarterCategoriesPage</name>
    <message>
        <source>Start with a few categories</source>
        <translation>Commencez avec quelques catégories</translation>
    </message>
    <message>
        <source>A category names a kind of event and gives its Discord message an emoji and a colour. Scripts send the category&apos;s name with each event.</source>
        <translation>Une catégorie nomme un type d’événement et donne à son message Discord un emoji et une couleur. Les scripts envoient le nom de la catégorie avec chaque événement.</translation>
    </message>
    <message>
        <source>You can rename them, change their colours or add your own on the Categories page at any time.</source>
        <translation>Vous pouvez à tout moment les renommer, changer leurs couleurs ou ajouter les vôtres sur la page Catégories.</translation>
    </message>
    <message>
        <source>You have this category already.</source>
        <translation>Vous avez déjà cette catégorie.</translation>
    </message>
</context>
<context>
    <name>TestEvent</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent (HTTP %1): %2</source>
        <translation>Non envoyé (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Événement %1 : %2</translation>
    </message>
    <message>
        <source>waiting to be sent to Discord</source>
        <translation>en attente d’envoi à Discord</translation>
    </message>
    <message>
        <source>delivered to Discord ✓</source>
        <translation>remis à Discord ✓</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>stored; its category is muted, so it is not sent</source>
        <translation>enregistré ; sa catégorie est en sourdine, il n’est donc pas envoyé</translation>
    </message>
</context>
<context>
    <name>TestEventPage</name>
    <message>
        <source>&amp;Send a test event</source>
        <translation>&amp;Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Send your first event</source>
        <translation>Envoyez votre premier événement</translation>
    </message>
    <message>
        <source>A real event, sent through PingPanda the way your scripts will send theirs.</source>
        <translation>Un vrai événement, envoyé par PingPanda comme vos scripts enverront les leurs.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Test event status</source>
        <translation>État de l’événement de test</translation>
    </message>
    <message>
        <source>Command that sends an event</source>
        <translation>Commande qui envoie un événement</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>From now on, your scripts and tools send events with a request like this one:</source>
        <translation>Désormais, vos scripts et outils envoient des événements avec une requête comme celle-ci :</translation>
    </message>
    <message>
        <source>The API key in it is also on the Settings page, under API key. Keep it private: anyone who has it can send you events.</source>
        <translation>La clé d’API qu’elle contient figure aussi dans les paramètres, sous Clé d’API. Gardez-la secrète : quiconque l’a peut vous envoyer des événements.</translation>
    </message>
    <message>
        <source>PingPanda stores a short hello in the category you pick and sends it to Discord. This page follows it until Discord has it, usually within a second or two.</source>
        <translation>PingPanda enregistre un petit bonjour dans la catégorie choisie et l’envoie à Discord. Cette page le suit jusqu’à ce que Discord l’ait, en général en une ou deux secondes.</translation>
    </message>
    <message>
        <source>There is no category to send yet: go back one step and pick one.</source>
        <translation>Il n’y a encore aucune catégorie à envoyer : revenez d’une étape et choisissez-en une.</translation>
    </message>
    <message>
        <source>Hello from PingPanda! This test event shows that your setup works.</source>
        <translation>Bonjour de PingPanda ! Cet événement de test montre que votre configuration fonctionne.</translation>
    </message>
    <message>
        <source>Check your Discord: it&apos;s there.</source>
        <translation>Regardez votre Discord : il y est.</translation>
    </message>
    <message>
        <source>Go back to fix the setup, then send again.</source>
        <translation>Revenez en arrière pour corriger la configuration, puis renvoyez.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Open PingPanda</source>
        <translation>&amp;Ouvrir PingPanda</translation>
    </message>
    <message>
        <source>&amp;Send test event…</source>
        <translation>&amp;Envoyer un événement de test…</translation>
    </message>
    <message>
        <source>&amp;Copy API key</source>
        <translation>&amp;Copier la clé d’API</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>PingPanda keeps running</source>
        <translation>PingPanda continue de tourner</translation>
    </message>
    <message>
        <source>Events are still received and sent to Discord. Open PingPanda or quit it from this icon.</source>
        <translation>Les événements sont toujours reçus et envoyés à Discord. Ouvrez ou quittez PingPanda depuis cette icône.</translation>
    </message>
    <message>
        <source>PingPanda — listening on %1
Today: %2 · Pending: %3 · Failed: %4</source>
        <translation>PingPanda — à l’écoute sur %1
Aujourd’hui : %2 · En attente : %3 · Échecs : %4</translation>
    </message>
    <message>
        <source>Discord is not set up yet: events are stored but not sent.</source>
        <translation>Discord n’est pas encore configuré : les événements sont enregistrés mais pas envoyés.</translation>
    </message>
    <message>
        <source>PingPanda cannot deliver</source>
        <translation>PingPanda ne peut pas livrer</translation>
    </message>
    <message>
        <source>New %1 event</source>
        <translation>Nouvel événement « %1 »</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s)</source>
        <translation>
            <numerusform>%n autre événement</numerusform>
            <numerusform>%n autres événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;up PingPanda…</source>
        <translation>Config&amp;urer PingPanda…</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Pendant &amp;1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow &amp;08:00</source>
        <translation>Jusqu’à demain &amp;08:00</translation>
    </message>
    <message>
        <source>&amp;Resume sends now</source>
        <translation>&amp;Reprendre les envois maintenant</translation>
    </message>
    <message>
        <source>Snoozed until %1: events wait and then go out as one digest.</source>
        <translation>En pause jusqu’à %1 : les événements attendent puis partent en un seul résumé.</translation>
    </message>
    <message>
        <source>Quiet hours until %1: events wait and then go out as one digest.</source>
        <translation>Heures calmes jusqu’à %1 : les événements attendent puis partent en un seul résumé.</translation>
    </message>
    <message>
        <source>PingPanda could not snooze</source>
        <translation>PingPanda n’a pas pu se mettre en pause</translation>
    </message>
    <message>
        <source>PingPanda could not resume sends</source>
        <translation>PingPanda n’a pas pu reprendre les envois</translation>
    </message>
    <message>
        <source>Until &amp;08:00 this morning</source>
        <translation>Jusqu’à &amp;08:00 ce matin</translation>
    </message>
</context>
<context>
    <name>WebUrl</name>
    <message>
        <source>&quot;%1&quot; is not a web address. It should start with https://.</source>
        <translation>« %1 » n’est pas une adresse web. Elle doit commencer par https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted. Use an https:// address.</source>
        <translation>« %1 » n’est pas chiffrée. Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord webhook address. In Discord, open the channel&apos;s settings, choose Integrations &gt; Webhooks, and use Copy Webhook URL.</source>
        <translation>« %1 » n’est pas une adresse de webhook Discord. Dans Discord, ouvrez les paramètres du salon, choisissez Intégrations &gt; Webhooks, puis « Copier l’URL du webhook ».</translation>
    </message>
</context>
<context>
    <name>WebhookAddressPage</name>
    <message>
        <source>Connect a channel webhook</source>
        <translation>Connecter le webhook d’un salon</translation>
    </message>
    <message>
        <source>Make a webhook in Discord and paste its address here.</source>
        <translation>Créez un webhook dans Discord et collez son adresse ici.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adresse du webhook</translation>
    </message>
    <message>
        <source>Webhook check</source>
        <translation>Vérification du webhook</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Adresse du webhook :</translation>
    </message>
    <message>
        <source>In Discord, hover over the channel that should get the events and click its gear icon (Edit Channel).</source>
        <translation>Dans Discord, survolez le salon qui doit recevoir les événements et cliquez sur sa roue dentée (Edit Channel).</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Integrations&lt;/b&gt;, then &lt;b&gt;Webhooks&lt;/b&gt;, then &lt;b&gt;New Webhook&lt;/b&gt;. You can name it PingPanda.</source>
        <translation>Choisissez &lt;b&gt;Integrations&lt;/b&gt;, puis &lt;b&gt;Webhooks&lt;/b&gt;, puis &lt;b&gt;New Webhook&lt;/b&gt;. Vous pouvez le nommer PingPanda.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Copy Webhook URL&lt;/b&gt; and paste it below. PingPanda checks it with Discord at once; nothing is posted.</source>
        <translation>Cliquez sur &lt;b&gt;Copy Webhook URL&lt;/b&gt; et collez-la ci-dessous. PingPanda la vérifie aussitôt auprès de Discord ; rien n’est publié.</translation>
    </message>
</context>
</TS>
