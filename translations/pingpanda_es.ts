<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityChart</name>
    <message numerus="yes">
        <source>%n event(s) today, by hour</source>
        <translation>
            <numerusform>%n evento hoy, por hora</numerusform>
            <numerusform>%n eventos hoy, por hora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the last %1 days, by day</source>
        <translation>
            <numerusform>%n evento en los últimos %1 días, por día</numerusform>
            <numerusform>%n eventos en los últimos %1 días, por día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n evento</numerusform>
            <numerusform>%1: %n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityQuery</name>
    <message>
        <source>Reading the dashboard</source>
        <translation>Leyendo el panel</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>A key&apos;s name must be 1 to 50 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (got &quot;%1&quot;), for example: backup-script.</source>
        <translation>El nombre de una clave debe tener de 1 a 50 letras, dígitos, «.», «-» o «_» (recibido: «%1»), por ejemplo: backup-script.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>&amp;Every category</source>
        <translation>&amp;Todas las categorías</translation>
    </message>
    <message>
        <source>&amp;Only these:</source>
        <translation>&amp;Solo estas:</translation>
    </message>
    <message>
        <source>New key for a tool</source>
        <translation>Nueva clave para una herramienta</translation>
    </message>
    <message>
        <source>backup-script</source>
        <translation>backup-script</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Categories it may send</source>
        <translation>Categorías que puede enviar</translation>
    </message>
    <message>
        <source>&amp;Make key</source>
        <translation>&amp;Crear clave</translation>
    </message>
    <message>
        <source>Give each script or service its own key: you can tell them apart in the events, limit what each may send, and revoke one alone.</source>
        <translation>Da a cada script o servicio su propia clave: podrás distinguirlos, limitar lo que cada uno puede enviar y revocar uno solo.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>May send:</source>
        <translation>Puede enviar:</translation>
    </message>
    <message>
        <source>Name the tool that will use the key.</source>
        <translation>Pon nombre a la herramienta que usará la clave.</translation>
    </message>
    <message>
        <source>There is already a key named &quot;%1&quot;.</source>
        <translation>Ya hay una clave llamada «%1».</translation>
    </message>
    <message>
        <source>Tick the categories it may send.</source>
        <translation>Marca las categorías que puede enviar.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>Looking up the API key</source>
        <translation>Buscando la clave de API</translation>
    </message>
    <message>
        <source>There is already an API key named &quot;%1&quot;. Choose another name, or revoke it first: pingpanda api-key revoke %1</source>
        <translation>Ya hay una clave de API llamada «%1». Elige otro nombre o revócala antes: pingpanda api-key revoke %1</translation>
    </message>
    <message>
        <source>Saving the API key</source>
        <translation>Guardando la clave de API</translation>
    </message>
    <message>
        <source>Reading the API keys</source>
        <translation>Leyendo las claves de API</translation>
    </message>
    <message>
        <source>Revoking the API key</source>
        <translation>Revocando la clave de API</translation>
    </message>
    <message>
        <source>There is no API key named &quot;%1&quot;. See them all with: pingpanda api-key list</source>
        <translation>No hay ninguna clave de API llamada «%1». Míralas todas con: pingpanda api-key list</translation>
    </message>
    <message>
        <source>Noting when the API key was used</source>
        <translation>Anotando cuándo se usó la clave de API</translation>
    </message>
</context>
<context>
    <name>ApiKeysPanel</name>
    <message>
        <source>Keys for tools</source>
        <translation>Claves para herramientas</translation>
    </message>
    <message>
        <source>&amp;Make key…</source>
        <translation>&amp;Crear clave…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>May send</source>
        <translation>Puede enviar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>No keys for tools yet. Every script can use the API key above; give a tool its own key to tell it apart, limit what it may send, and revoke it alone.</source>
        <translation>Aún no hay claves para herramientas. Cualquier script puede usar la clave de API de arriba; una clave propia distingue a una herramienta, limita lo que puede enviar y se revoca sola.</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Make key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Clave para %1</translation>
    </message>
    <message>
        <source>The tool sends this key as &apos;Authorization: Bearer &lt;key&gt;&apos;, like the API key above.</source>
        <translation>La herramienta envía esta clave como «Authorization: Bearer &lt;key&gt;», igual que la clave de API de arriba.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot;? The tool using it gets 401 from its next request on.</source>
        <translation>¿Revocar la clave «%1»? La herramienta que la usa recibirá 401 desde su próxima petición.</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>Port %1 is already in use, perhaps by another PingPanda. Stop that program, or choose another port with --port N (or: pingpanda config set server.port N).</source>
        <translation>El puerto %1 ya está en uso, quizá por otro PingPanda. Detén ese programa o elige otro puerto con --port N (o: pingpanda config set server.port N).</translation>
    </message>
    <message>
        <source>Cannot listen on port %1: %2. Choose another port with --port N, or another address with --bind.</source>
        <translation>No se puede escuchar en el puerto %1: %2. Elige otro puerto con --port N, u otra dirección con --bind.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The folder %1 cannot be created, so PingPanda cannot start at login.</source>
        <translation>No se puede crear la carpeta %1, así que PingPanda no puede iniciarse al iniciar sesión.</translation>
    </message>
    <message>
        <source>Receives events and sends them to Discord</source>
        <translation>Recibe eventos y los envía a Discord</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2), so PingPanda cannot start at login.</source>
        <translation>%1 no se puede escribir (%2), así que PingPanda no puede iniciarse al iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 cannot be removed (%2); remove it to stop PingPanda starting at login.</source>
        <translation>%1 no se puede eliminar (%2); elimínalo tú para que PingPanda deje de iniciarse al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>BotTokenStepPage</name>
    <message>
        <source>Create your bot</source>
        <translation>Crea tu bot</translation>
    </message>
    <message>
        <source>Your bot sends you the events as direct messages. Its token stays in your system&apos;s keychain.</source>
        <translation>Tu bot te envía los eventos como mensajes directos. Su token se queda en el llavero de tu sistema.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Pega el token aquí</translation>
    </message>
    <message>
        <source>Bot token check</source>
        <translation>Comprobación del token</translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation>&amp;Token del bot:</translation>
    </message>
    <message>
        <source>Open the &lt;a href=&quot;https://discord.com/developers/applications&quot;&gt;Discord Developer Portal&lt;/a&gt; and sign in with your Discord account.</source>
        <translation>Abre el &lt;a href=&quot;https://discord.com/developers/applications&quot;&gt;portal de desarrolladores de Discord&lt;/a&gt; e inicia sesión con tu cuenta de Discord.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;New Application&lt;/b&gt;, name it (PingPanda, for example) and accept Discord&apos;s terms.</source>
        <translation>Haz clic en &lt;b&gt;New Application&lt;/b&gt;, ponle un nombre (por ejemplo PingPanda) y acepta las condiciones de Discord.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Bot&lt;/b&gt; on the left, then &lt;b&gt;Reset Token&lt;/b&gt;, and copy the token.</source>
        <translation>Elige &lt;b&gt;Bot&lt;/b&gt; a la izquierda, luego &lt;b&gt;Reset Token&lt;/b&gt;, y copia el token.</translation>
    </message>
    <message>
        <source>Paste it below. PingPanda checks it with Discord and keeps it in your keychain; it is not shown again.</source>
        <translation>Pégalo abajo. PingPanda lo comprueba con Discord y lo guarda en tu llavero; no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>A token is already saved and Discord accepts it. Paste a new one only to replace it.</source>
        <translation>Ya hay un token guardado y Discord lo acepta. Pega uno nuevo solo para reemplazarlo.</translation>
    </message>
    <message>
        <source>That does not look like a bot token (three parts separated by dots). Copy it again in the Developer Portal: Bot &gt; Reset Token.</source>
        <translation>Eso no parece un token de bot (tres partes separadas por puntos). Cópialo de nuevo en el portal de desarrolladores: Bot &gt; Reset Token.</translation>
    </message>
    <message>
        <source>It is saved in your keychain and will not be shown again.</source>
        <translation>Está guardado en tu llavero y no se volverá a mostrar.</translation>
    </message>
</context>
<context>
    <name>BotUserStepPage</name>
    <message>
        <source>Let your bot reach you</source>
        <translation>Deja que tu bot te contacte</translation>
    </message>
    <message>
        <source>Discord lets a bot send direct messages only to people who share a server with it.</source>
        <translation>Discord solo deja que un bot envíe mensajes directos a quienes comparten un servidor con él.</translation>
    </message>
    <message>
        <source>Your Discord user ID</source>
        <translation>Tu ID de usuario de Discord</translation>
    </message>
    <message>
        <source>User ID check</source>
        <translation>Comprobación del ID</translation>
    </message>
    <message>
        <source>Your &amp;user ID:</source>
        <translation>Tu ID de &amp;usuario:</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Invite your bot&lt;/a&gt; to a server you are in. Any server of yours will do; the + button in Discord&apos;s server list makes a new one.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Invita a tu bot&lt;/a&gt; a un servidor en el que estés. Cualquiera de tus servidores sirve; el botón + de la lista de servidores de Discord crea uno nuevo.</translation>
    </message>
    <message>
        <source>In that server, click its name, open &lt;b&gt;Privacy Settings&lt;/b&gt; and make sure &lt;b&gt;Direct Messages&lt;/b&gt; is on.</source>
        <translation>En ese servidor, haz clic en su nombre, abre &lt;b&gt;Privacy Settings&lt;/b&gt; y comprueba que &lt;b&gt;Direct Messages&lt;/b&gt; está activado.</translation>
    </message>
    <message>
        <source>In Discord&apos;s &lt;b&gt;User Settings&lt;/b&gt;, open &lt;b&gt;Advanced&lt;/b&gt; and turn on &lt;b&gt;Developer Mode&lt;/b&gt;.</source>
        <translation>En los &lt;b&gt;User Settings&lt;/b&gt; de Discord, abre &lt;b&gt;Advanced&lt;/b&gt; y activa &lt;b&gt;Developer Mode&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Right-click your own name and choose &lt;b&gt;Copy User ID&lt;/b&gt;. Paste it below.</source>
        <translation>Haz clic derecho en tu propio nombre y elige &lt;b&gt;Copy User ID&lt;/b&gt;. Pégalo abajo.</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <source>No emoji</source>
        <translation>Sin emoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciada</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Own webhook</source>
        <translation>Webhook propio</translation>
    </message>
    <message>
        <source>Muted: its events are stored and shown, never sent.</source>
        <translation>Silenciada: sus eventos se guardan y se muestran, nunca se envían.</translation>
    </message>
    <message>
        <source>Urgent: sent at once, even in quiet hours or a snooze.</source>
        <translation>Urgente: se envía al momento, incluso en horas de silencio o durante una pausa.</translation>
    </message>
    <message>
        <source>Held with the rest in quiet hours and snoozes.</source>
        <translation>Se retiene con las demás en horas de silencio y pausas.</translation>
    </message>
    <message>
        <source>Sent to its own webhook, not the profile&apos;s destination.</source>
        <translation>Se envía a su propio webhook, no al destino del perfil.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Add &amp;quick-start categories</source>
        <translation>Añadir categorías de &amp;inicio rápido</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Adds bug 🐞, sale 💰 and question 🤔.</source>
        <translation>Añade bug 🐞, sale 💰 y question 🤔.</translation>
    </message>
    <message>
        <source>Quick-start categories</source>
        <translation>Categorías de inicio rápido</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Añadir categoría</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Editar categoría</translation>
    </message>
    <message>
        <source>Delete the category &quot;%1&quot;? Scripts sending it will get 404 from then on.</source>
        <translation>¿Eliminar la categoría «%1»? Los scripts que la envíen recibirán 404 a partir de ahora.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the category &quot;%1&quot;? Its %n event(s) stay in the history; scripts sending it will get 404 from then on.</source>
        <translation>
            <numerusform>¿Eliminar la categoría «%1»? Su %n evento se queda en el historial; los scripts que la envíen recibirán 404 a partir de ahora.</numerusform>
            <numerusform>¿Eliminar la categoría «%1»? Sus %n eventos se quedan en el historial; los scripts que la envíen recibirán 404 a partir de ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Eliminar categoría</translation>
    </message>
    <message>
        <source>&lt;b&gt;No categories yet.&lt;/b&gt;&lt;br&gt;A category names a kind of event (a sale, a signup, a failed job) and gives its Discord message an emoji and a colour. Scripts can only send categories that exist: add your own, or the quick-start set.</source>
        <translation>&lt;b&gt;Todavía no hay categorías.&lt;/b&gt;&lt;br&gt;Una categoría nombra un tipo de evento (una venta, un registro, una tarea fallida) y da a su mensaje de Discord un emoji y un color. Los scripts solo pueden enviar categorías que existen: añade las tuyas o las de inicio rápido.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>A category name cannot be empty.</source>
        <translation>El nombre de una categoría no puede estar vacío.</translation>
    </message>
    <message>
        <source>The category name is %1 characters long; the limit is %2.</source>
        <translation>El nombre de categoría tiene %1 caracteres; el límite es %2.</translation>
    </message>
    <message>
        <source>The category name &quot;%1&quot; may only contain lowercase letters (a-z), digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>El nombre de categoría «%1» solo puede contener letras minúsculas (a-z), dígitos, «-» y «_».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour. Write it as six hex digits, like #FF6B6B.</source>
        <translation>«%1» no es un color. Escríbelo como seis dígitos hexadecimales, por ejemplo #FF6B6B.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single emoji. Pick one emoji, like 💰, or leave it empty.</source>
        <translation>«%1» no es un único emoji. Elige un emoji, como 💰, o déjalo vacío.</translation>
    </message>
</context>
<context>
    <name>CategoryCard</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>aún no hay eventos</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Editar categoría</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Nombre de la categoría</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &apos;-&apos; and &apos;_&apos;; scripts send it as &quot;category&quot;.</source>
        <translation>Letras minúsculas, dígitos, «-» y «_»; los scripts lo envían como «category».</translation>
    </message>
    <message>
        <source>none (🔔)</source>
        <translation>ninguno (🔔)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Use colour %1</source>
        <translation>Usar el color %1</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Pick any colour</source>
        <translation>Elegir cualquier color</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Color de la categoría</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Emoji:</source>
        <translation>&amp;Emoji:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>A category named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una categoría llamada «%1».</translation>
    </message>
    <message>
        <source>Fields to add up</source>
        <translation>Campos que sumar</translation>
    </message>
    <message>
        <source>every number that is not an ID or a code</source>
        <translation>cualquier número que no sea un ID ni un código</translation>
    </message>
    <message>
        <source>Field names separated by commas, for example: amount, seats. The dashboard shows their totals on this category&apos;s card.</source>
        <translation>Nombres de campos separados por comas, por ejemplo: amount, seats. El panel muestra sus totales en la tarjeta de esta categoría.</translation>
    </message>
    <message>
        <source>Show &amp;totals of:</source>
        <translation>Mostrar &amp;totales de:</translation>
    </message>
    <message>
        <source>Numbers its events carried lately: %1</source>
        <translation>Números de sus eventos recientes: %1</translation>
    </message>
    <message>
        <source>With the rest: held in quiet hours and snoozes</source>
        <translation>Con las demás: retenida en horas de silencio y pausas</translation>
    </message>
    <message>
        <source>Urgent: sent at once, even when sends are held</source>
        <translation>Urgente: se envía al momento, aunque los envíos estén retenidos</translation>
    </message>
    <message>
        <source>Muted: stored and shown, never sent</source>
        <translation>Silenciada: se guarda y se muestra, nunca se envía</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>&amp;Sending:</source>
        <translation>&amp;Envío:</translation>
    </message>
    <message>
        <source>Own webhook</source>
        <translation>Webhook propio</translation>
    </message>
    <message>
        <source>none: to the profile&apos;s destination</source>
        <translation>ninguno: al destino del perfil</translation>
    </message>
    <message>
        <source>A Discord webhook address (the channel&apos;s settings &gt; Integrations &gt; Webhooks &gt; Copy Webhook URL). This category&apos;s events go there instead; if it breaks, only this category waits.</source>
        <translation>Una dirección de webhook de Discord (ajustes del canal &gt; Integraciones &gt; Webhooks &gt; Copiar URL de webhook). Los eventos de esta categoría van allí; si deja de funcionar, solo espera esta categoría.</translation>
    </message>
    <message>
        <source>Own &amp;webhook:</source>
        <translation>&amp;Webhook propio:</translation>
    </message>
</context>
<context>
    <name>CategoryStore</name>
    <message>
        <source>A colour must be between #000000 and #FFFFFF.</source>
        <translation>Un color debe estar entre #000000 y #FFFFFF.</translation>
    </message>
    <message>
        <source>A category named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una categoría llamada «%1».</translation>
    </message>
    <message>
        <source>Saving the category</source>
        <translation>Guardando la categoría</translation>
    </message>
    <message>
        <source>Moving the category&apos;s events</source>
        <translation>Moviendo los eventos de la categoría</translation>
    </message>
    <message>
        <source>Removing the category</source>
        <translation>Eliminando la categoría</translation>
    </message>
    <message>
        <source>There is no category named &quot;%1&quot;.</source>
        <translation>No hay ninguna categoría llamada «%1».</translation>
    </message>
    <message>
        <source>Reading the category</source>
        <translation>Leyendo la categoría</translation>
    </message>
    <message>
        <source>Reading the categories</source>
        <translation>Leyendo las categorías</translation>
    </message>
    <message>
        <source>Counting the category&apos;s events</source>
        <translation>Contando los eventos de la categoría</translation>
    </message>
    <message>
        <source>Muting the category&apos;s events</source>
        <translation>Silenciando los eventos de la categoría</translation>
    </message>
</context>
<context>
    <name>ChooseDestinationPage</name>
    <message>
        <source>A channel on a Discord server, through a &amp;webhook</source>
        <translation>Un canal de un servidor de Discord, mediante un &amp;webhook</translation>
    </message>
    <message>
        <source>&amp;Direct messages from your own bot</source>
        <translation>Mensajes &amp;directos de tu propio bot</translation>
    </message>
    <message>
        <source>Where should PingPanda send events?</source>
        <translation>¿Adónde debe enviar PingPanda los eventos?</translation>
    </message>
    <message>
        <source>Pick one; you can change it later in Settings.</source>
        <translation>Elige uno; puedes cambiarlo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>The simplest: about a minute. Everyone in the channel sees the events. You need to be allowed to manage the channel&apos;s webhooks.</source>
        <translation>Lo más sencillo: cerca de un minuto. Todos en el canal ven los eventos. Necesitas permiso para gestionar los webhooks del canal.</translation>
    </message>
    <message>
        <source>Private to you. About five minutes: you create a bot in Discord&apos;s Developer Portal and share a server with it.</source>
        <translation>Solo para ti. Unos cinco minutos: creas un bot en el portal de desarrolladores de Discord y compartes un servidor con él.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The profile folder: database and settings (default: $PINGPANDA_DATA_DIR, else the system&apos;s app data folder).</source>
        <translation>La carpeta del perfil: base de datos y ajustes (por defecto: $PINGPANDA_DATA_DIR, si no, la carpeta de datos de aplicaciones del sistema).</translation>
    </message>
    <message>
        <source>Show help and exit.</source>
        <translation>Mostrar la ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Serve without the tray icon and window.</source>
        <translation>Servir sin el icono de la bandeja ni la ventana.</translation>
    </message>
    <message>
        <source>Listen on port N (0 picks a free one).</source>
        <translation>Escuchar en el puerto N (0 elige uno libre).</translation>
    </message>
    <message>
        <source>Listen on address ADDR (default 127.0.0.1).</source>
        <translation>Escuchar en la dirección ADDR (127.0.0.1 por defecto).</translation>
    </message>
    <message>
        <source>Replace the key with a new one; the old one stops working.</source>
        <translation>Sustituir la clave por una nueva; la antigua deja de funcionar.</translation>
    </message>
    <message>
        <source>The colour of the Discord message&apos;s bar.</source>
        <translation>El color de la barra del mensaje de Discord.</translation>
    </message>
    <message>
        <source>One emoji shown before the category&apos;s name.</source>
        <translation>Un emoji que se muestra antes del nombre de la categoría.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Only events of category C.</source>
        <translation>Solo los eventos de la categoría C.</translation>
    </message>
    <message>
        <source>At most N events, newest first (default 50).</source>
        <translation>Como mucho N eventos, los más recientes primero (50 por defecto).</translation>
    </message>
    <message>
        <source>The event&apos;s description (the message&apos;s text).</source>
        <translation>La descripción del evento (el texto del mensaje).</translation>
    </message>
    <message>
        <source>A field of the message; repeat for more. Numbers and true/false are sent as such.</source>
        <translation>Un campo del mensaje; repítelo para añadir más. Los números y true/false se envían como tales.</translation>
    </message>
    <message>
        <source>Print the API key that scripts send as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Mostrar la clave de API que los scripts envían como «Authorization: Bearer &lt;key&gt;».</translation>
    </message>
    <message>
        <source>Add a category of events.</source>
        <translation>Añadir una categoría de eventos.</translation>
    </message>
    <message>
        <source>List the categories.</source>
        <translation>Listar las categorías.</translation>
    </message>
    <message>
        <source>Remove a category. Its events stay in the history.</source>
        <translation>Eliminar una categoría. Sus eventos se quedan en el historial.</translation>
    </message>
    <message>
        <source>Print a setting&apos;s value.</source>
        <translation>Mostrar el valor de un ajuste.</translation>
    </message>
    <message>
        <source>Change a setting (VALUE &apos;-&apos; reads it from standard input).</source>
        <translation>Cambiar un ajuste (VALOR «-» lo lee de la entrada estándar).</translation>
    </message>
    <message>
        <source>Put a setting back to its default.</source>
        <translation>Devolver un ajuste a su valor por defecto.</translation>
    </message>
    <message>
        <source>List every setting with its value.</source>
        <translation>Listar cada ajuste con su valor.</translation>
    </message>
    <message>
        <source>List stored events, newest first.</source>
        <translation>Listar los eventos guardados, los más recientes primero.</translation>
    </message>
    <message>
        <source>Read the Discord bot token from standard input and store it in the keychain.</source>
        <translation>Leer el token del bot de Discord de la entrada estándar y guardarlo en el llavero.</translation>
    </message>
    <message>
        <source>Remove the Discord bot token from the keychain.</source>
        <translation>Quitar el token del bot de Discord del llavero.</translation>
    </message>
    <message>
        <source>Check the Discord setup (token, user, webhook) without sending anything.</source>
        <translation>Comprobar la configuración de Discord (token, usuario, webhook) sin enviar nada.</translation>
    </message>
    <message>
        <source>Send a failed event again.</source>
        <translation>Enviar de nuevo un evento fallido.</translation>
    </message>
    <message>
        <source>Send an event through the running PingPanda and print its id.</source>
        <translation>Enviar un evento a través del PingPanda en marcha y mostrar su ID.</translation>
    </message>
    <message>
        <source>Serve the Events API: with the tray icon, or without a GUI.</source>
        <translation>Servir la API de eventos: con el icono en la bandeja o sin interfaz gráfica.</translation>
    </message>
    <message>
        <source>Run &apos;pingpanda --help&apos; to see how to use it.</source>
        <translation>Ejecuta «pingpanda --help» para ver cómo usarlo.</translation>
    </message>
    <message>
        <source>Usage: pingpanda %1</source>
        <translation>Uso: pingpanda %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Claves:</translation>
    </message>
    <message>
        <source>PingPanda Desktop %1: forwards events from your scripts to Discord.</source>
        <translation>PingPanda Desktop %1: reenvía a Discord los eventos de tus scripts.</translation>
    </message>
    <message>
        <source>Usage: pingpanda [--headless] [--port N] [--bind ADDR]</source>
        <translation>Uso: pingpanda [--headless] [--port N] [--bind ADDR]</translation>
    </message>
    <message>
        <source>       pingpanda COMMAND [options]</source>
        <translation>     pingpanda ORDEN [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Options for serving:</source>
        <translation>Opciones para servir:</translation>
    </message>
    <message>
        <source>Everywhere:</source>
        <translation>En todas partes:</translation>
    </message>
    <message>
        <source>Run &apos;pingpanda COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecuta «pingpanda ORDEN --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand.</source>
        <translation>«%1» necesita una suborden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a pingpanda command.</source>
        <translation>«%1» no es una orden de pingpanda.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Falta un argumento: %1.</translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation>Demasiados argumentos: %1.</translation>
    </message>
    <message>
        <source>This is a new API key; the old one no longer works. Update your scripts.</source>
        <translation>Esta es una clave de API nueva; la antigua ya no funciona. Actualiza tus scripts.</translation>
    </message>
    <message>
        <source>Added the category &quot;%1&quot; (%2 %3).</source>
        <translation>Se añadió la categoría «%1» (%2 %3).</translation>
    </message>
    <message>
        <source>No categories yet. Add one with: pingpanda category add sale --emoji 💰 --color FFEB3B</source>
        <translation>Aún no hay categorías. Añade una con: pingpanda category add sale --emoji 💰 --color FFEB3B</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>EMOJI</source>
        <translation>EMOJI</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COLOR</translation>
    </message>
    <message>
        <source>Removed the category &quot;%1&quot;.</source>
        <translation>Se eliminó la categoría «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Removed the category &quot;%1&quot;. Its %n event(s) stay in the history.</source>
        <translation>
            <numerusform>Se eliminó la categoría «%1». Su %n evento se queda en el historial.</numerusform>
            <numerusform>Se eliminó la categoría «%1». Sus %n eventos se quedan en el historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no setting called &quot;%1&quot;. The settings are: %2.</source>
        <translation>No hay ningún ajuste llamado «%1». Los ajustes son: %2.</translation>
    </message>
    <message>
        <source>Note: on %1 other computers that can reach this one can send events; keep the API key secret.</source>
        <translation>Nota: en %1, otros ordenadores que puedan llegar a este pueden enviar eventos; mantén en secreto la clave de API.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1.</source>
        <translation>--limit espera un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Ningún evento coincide.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Aún no hay eventos.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORÍA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, like --field plan=PRO (got &quot;%1&quot;).</source>
        <translation>--field espera CLAVE=VALOR, como --field plan=PRO (recibido «%1»).</translation>
    </message>
    <message>
        <source>PingPanda is not running at %1 (%2). Start it with &apos;pingpanda&apos; or &apos;pingpanda --headless&apos;, then try again.</source>
        <translation>PingPanda no está en marcha en %1 (%2). Inícialo con «pingpanda» o «pingpanda --headless» y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>PingPanda refused the event (HTTP %1): %2</source>
        <translation>PingPanda rechazó el evento (HTTP %1): %2</translation>
    </message>
    <message>
        <source>PingPanda answered without an event id: %1</source>
        <translation>PingPanda respondió sin un ID de evento: %1</translation>
    </message>
    <message>
        <source>Paste your Discord bot token, then press Enter: </source>
        <translation>Pega el token de tu bot de Discord y pulsa Intro: </translation>
    </message>
    <message>
        <source>No token was given. Pipe it in or paste it: pingpanda token set</source>
        <translation>No se proporcionó ningún token. Pásalo por una tubería o pégalo: pingpanda token set</translation>
    </message>
    <message>
        <source>That does not look like a Discord bot token (three parts separated by dots). Copy it from the Discord Developer Portal: your application &gt; Bot &gt; Reset Token.</source>
        <translation>Eso no parece un token de bot de Discord (tres partes separadas por puntos). Cópialo desde el portal de desarrolladores de Discord: tu aplicación &gt; Bot &gt; Reset Token.</translation>
    </message>
    <message>
        <source>Note: %1 is set in this environment and is used instead of the keychain while it is.</source>
        <translation>Nota: %1 está definida en este entorno y se usa en lugar del llavero mientras lo esté.</translation>
    </message>
    <message>
        <source>Event %1 is %2; only failed events can be retried.</source>
        <translation>El evento %1 está %2; solo se pueden reintentar los eventos fallidos.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again now.</source>
        <translation>El evento %1 se enviará de nuevo ahora.</translation>
    </message>
    <message>
        <source>Event %1 will be sent again when PingPanda runs.</source>
        <translation>El evento %1 se enviará de nuevo cuando PingPanda esté en marcha.</translation>
    </message>
    <message>
        <source>Fix it with: %1</source>
        <translation>Arréglalo con: %1</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535 (0 picks a free port).</source>
        <translation>--port espera un número de 0 a 65535 (0 elige un puerto libre).</translation>
    </message>
    <message>
        <source>--bind takes an IP address, such as 127.0.0.1.</source>
        <translation>--bind espera una dirección IP, como 127.0.0.1.</translation>
    </message>
    <message>
        <source>This build cannot serve the Events API yet; the commands in &apos;pingpanda --help&apos; work.</source>
        <translation>Esta versión aún no puede servir la API de eventos; las órdenes de «pingpanda --help» funcionan.</translation>
    </message>
    <message>
        <source>The desktop part of PingPanda (pingpanda-desktop) is not installed, so there is no window or tray icon; serving without them (as with --headless). Install the full package for the desktop app.</source>
        <translation>La parte de escritorio de PingPanda (pingpanda-desktop) no está instalada, así que no hay ventana ni icono en la bandeja; se sirve sin ellos (como con --headless). Instala el paquete completo para la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>No display found, so there is no window or tray icon; serving without them (as with --headless).</source>
        <translation>No se encontró ninguna pantalla, así que no hay ventana ni icono en la bandeja; se sirve sin ellos (como con --headless).</translation>
    </message>
    <message>
        <source>PingPanda is already running for this data folder; its window is shown.</source>
        <translation>PingPanda ya está en marcha para esta carpeta de datos; se muestra su ventana.</translation>
    </message>
    <message>
        <source>The option --%1 cannot be used when serving.</source>
        <translation>La opción --%1 no se puede usar al servir.</translation>
    </message>
    <message>
        <source>The option --%1 cannot be used with &apos;pingpanda %2&apos;.</source>
        <translation>La opción --%1 no se puede usar con «pingpanda %2».</translation>
    </message>
    <message>
        <source>How to read the payload: generic (default), github, grafana or uptime-kuma.</source>
        <translation>Cómo leer el contenido: generic (por defecto), github, grafana o uptime-kuma.</translation>
    </message>
    <message>
        <source>Send the event only when the command fails.</source>
        <translation>Enviar el evento solo si el comando falla.</translation>
    </message>
    <message>
        <source>Only these categories (default: every category).</source>
        <translation>Solo estas categorías (por defecto: todas).</translation>
    </message>
    <message>
        <source>Make a key for one tool; print it once (only a hash is kept).</source>
        <translation>Crear una clave para una herramienta; mostrarla una vez (solo se guarda un hash).</translation>
    </message>
    <message>
        <source>List the tools&apos; keys: name, categories, created, last used.</source>
        <translation>Listar las claves de las herramientas: nombre, categorías, creación, último uso.</translation>
    </message>
    <message>
        <source>Revoke a tool&apos;s key; its requests get 401 at once.</source>
        <translation>Revocar la clave de una herramienta; sus peticiones reciben 401 al instante.</translation>
    </message>
    <message>
        <source>Take another program&apos;s webhooks (GitHub, Grafana, Uptime Kuma, any JSON) as events; print the URL and key once.</source>
        <translation>Recibir los webhooks de otro programa (GitHub, Grafana, Uptime Kuma, cualquier JSON) como eventos; mostrar la URL y la clave una vez.</translation>
    </message>
    <message>
        <source>The category of the hook&apos;s events (required).</source>
        <translation>La categoría de los eventos del hook (obligatoria).</translation>
    </message>
    <message>
        <source>List the hooks: preset, category, what each last received.</source>
        <translation>Listar los hooks: plantilla, categoría, lo último que recibió cada uno.</translation>
    </message>
    <message>
        <source>Remove a hook; its URL answers 404 from then on.</source>
        <translation>Eliminar un hook; su URL responde 404 desde entonces.</translation>
    </message>
    <message>
        <source>Run a command as usual, then send an event saying how it ended.</source>
        <translation>Ejecutar un comando como siempre y luego enviar un evento que diga cómo terminó.</translation>
    </message>
    <message>
        <source>The event&apos;s category (default: job, made the first time).</source>
        <translation>La categoría del evento (por defecto: job, creada la primera vez).</translation>
    </message>
    <message>
        <source>Put -- before the command and its options: pingpanda run -- COMMAND [ARG...].</source>
        <translation>Pon -- antes del comando y sus opciones: pingpanda run -- COMMAND [ARG...].</translation>
    </message>
    <message>
        <source>Say which category its events get: pingpanda hook add %1 --category C.</source>
        <translation>Indica qué categoría reciben sus eventos: pingpanda hook add %1 --category C.</translation>
    </message>
    <message>
        <source>--preset takes one of: %1 (got &quot;%2&quot;).</source>
        <translation>--preset admite uno de estos: %1 (recibido: «%2»).</translation>
    </message>
    <message>
        <source>Made the hook &quot;%1&quot; (preset %2): its events go to the category %3.</source>
        <translation>Hook «%1» creado (plantilla %2): sus eventos van a la categoría %3.</translation>
    </message>
    <message>
        <source>In the repository: Settings &gt; Webhooks &gt; Add webhook.</source>
        <translation>En el repositorio: Settings &gt; Webhooks &gt; Add webhook.</translation>
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
        <translation>Indica al remitente esta URL:</translation>
    </message>
    <message>
        <source>or send the key as the header &apos;Authorization: Bearer %1&apos;.</source>
        <translation>o envía la clave en la cabecera «Authorization: Bearer %1».</translation>
    </message>
    <message>
        <source>Copy it now: PingPanda keeps only a hash of the key and cannot show it again.</source>
        <translation>Cópiala ahora: PingPanda solo guarda un hash de la clave y no puede volver a mostrarla.</translation>
    </message>
    <message>
        <source>This address works on this computer only. A sender elsewhere reaches it through a tunnel or reverse proxy; then allow its host name with: pingpanda config set server.allowed-hosts NAME</source>
        <translation>Esta dirección solo funciona en este ordenador. Un remitente de fuera llega a través de un túnel o proxy inverso; permite entonces su nombre de host con: pingpanda config set server.allowed-hosts NAME</translation>
    </message>
    <message>
        <source>No hooks yet. Make one with: pingpanda hook add github-shop --category deploy --preset github</source>
        <translation>Aún no hay hooks. Crea uno con: pingpanda hook add github-shop --category deploy --preset github</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>PLANTILLA</translation>
    </message>
    <message>
        <source>LAST RECEIVED</source>
        <translation>ÚLTIMA RECEPCIÓN</translation>
    </message>
    <message>
        <source>BECAME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Removed the hook &quot;%1&quot;: its URL now answers 404.</source>
        <translation>Hook «%1» eliminado: su URL responde ahora 404.</translation>
    </message>
    <message>
        <source>Made the API key &quot;%1&quot;; it may send every category.</source>
        <translation>Clave de API «%1» creada; puede enviar todas las categorías.</translation>
    </message>
    <message>
        <source>Made the API key &quot;%1&quot;; it may send: %2.</source>
        <translation>Clave de API «%1» creada; puede enviar: %2.</translation>
    </message>
    <message>
        <source>Copy it now: PingPanda keeps only a hash and cannot show it again.</source>
        <translation>Cópiala ahora: PingPanda solo guarda un hash y no puede volver a mostrarla.</translation>
    </message>
    <message>
        <source>No keys for tools yet. Make one with: pingpanda api-key add backup-script --categories backup</source>
        <translation>Aún no hay claves para herramientas. Crea una con: pingpanda api-key add backup-script --categories backup</translation>
    </message>
    <message>
        <source>CATEGORIES</source>
        <translation>CATEGORÍAS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADA</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ÚLTIMO USO</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Revoked the API key &quot;%1&quot;: requests with it now get 401.</source>
        <translation>Clave de API «%1» revocada: las peticiones con ella reciben ahora 401.</translation>
    </message>
    <message>
        <source>The event was not sent: %1</source>
        <translation>El evento no se envió: %1</translation>
    </message>
    <message>
        <source>Apply history.keep-days and history.max-events now; print how many went.</source>
        <translation>Aplicar ahora history.keep-days e history.max-events; mostrar cuántos se eliminaron.</translation>
    </message>
    <message>
        <source>Every event is kept: set history.keep-days or history.max-events first, for example: pingpanda config set history.keep-days 90</source>
        <translation>Se conservan todos los eventos: configura antes history.keep-days o history.max-events, por ejemplo: pingpanda config set history.keep-days 90</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s); %1 kept, %2 MB on disk (was %3 MB).</source>
        <translation>
            <numerusform>%n evento eliminado; %1 conservados, %2 MB en disco (antes %3 MB).</numerusform>
            <numerusform>%n eventos eliminados; %1 conservados, %2 MB en disco (antes %3 MB).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only events with delivery status S: pending, delivered, failed or muted.</source>
        <translation>Solo eventos con estado de entrega S: pending, delivered, failed o muted.</translation>
    </message>
    <message>
        <source>Send its events at once, even in quiet hours or a snooze.</source>
        <translation>Enviar sus eventos al momento, incluso en horas de silencio o durante una pausa.</translation>
    </message>
    <message>
        <source>Hold its events with the rest (the default).</source>
        <translation>Retener sus eventos con los demás (predeterminado).</translation>
    </message>
    <message>
        <source>Store its events but never send them (status MUTED).</source>
        <translation>Guardar sus eventos pero no enviarlos nunca (estado MUTED).</translation>
    </message>
    <message>
        <source>Send its events again.</source>
        <translation>Volver a enviar sus eventos.</translation>
    </message>
    <message>
        <source>Send its events to this Discord webhook instead of the profile&apos;s destination.</source>
        <translation>Enviar sus eventos a este webhook de Discord en lugar del destino del perfil.</translation>
    </message>
    <message>
        <source>Send its events to the profile&apos;s destination again.</source>
        <translation>Volver a enviar sus eventos al destino del perfil.</translation>
    </message>
    <message>
        <source>Change a category&apos;s rules: urgent, muted, its own webhook.</source>
        <translation>Cambiar las reglas de una categoría: urgente, silenciada, su propio webhook.</translation>
    </message>
    <message>
        <source>Hold sends for a while (45s, 30m, 2h, 1d), then send what came as one digest; off resumes now, quiet hours under way included.</source>
        <translation>Retener los envíos un tiempo (45s, 30m, 2h, 1d) y luego enviar lo recibido en un solo resumen; off reanuda ahora, incluidas las horas de silencio en curso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a delivery status; use pending, delivered, failed or muted.</source>
        <translation>«%1» no es un estado de entrega; usa pending, delivered, failed o muted.</translation>
    </message>
    <message>
        <source>sent to its own webhook</source>
        <translation>enviada a su propio webhook</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other; give one.</source>
        <translation>--%1 y --%2 se contradicen; indica solo uno.</translation>
    </message>
    <message>
        <source>Say what to change: --urgent or --no-urgent, --mute or --unmute, --webhook URL or --no-webhook.</source>
        <translation>Indica qué cambiar: --urgent o --no-urgent, --mute o --unmute, --webhook URL o --no-webhook.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is now %2.</source>
        <translation>La categoría «%1» ahora está %2.</translation>
    </message>
    <message>
        <source>Sends resumed. What was held goes out now as one digest.</source>
        <translation>Envíos reanudados. Lo retenido sale ahora en un solo resumen.</translation>
    </message>
    <message>
        <source>Sends are held until %1. Events are stored meanwhile and go out as one digest then; urgent categories are still sent. Resume early with: pingpanda snooze off</source>
        <translation>Los envíos quedan retenidos hasta las %1. Mientras, los eventos se guardan y luego salen en un solo resumen; las categorías urgentes se siguen enviando. Para reanudar antes: pingpanda snooze off</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>REGLAS</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>own webhook</source>
        <translation>webhook propio</translation>
    </message>
    <message>
        <source>muted (its events are stored but never sent)</source>
        <translation>silenciada (sus eventos se guardan pero nunca se envían)</translation>
    </message>
    <message>
        <source>urgent (sent at once, even in quiet hours or a snooze)</source>
        <translation>urgente (se envía al momento, incluso en horas de silencio o durante una pausa)</translation>
    </message>
    <message>
        <source>like the rest (sent to the profile&apos;s destination, held in quiet hours)</source>
        <translation>como las demás (se envía al destino del perfil y se retiene en horas de silencio)</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>No se puede ejecutar %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>the 7 days before</source>
        <translation>los 7 días anteriores</translation>
    </message>
    <message>
        <source>the 30 days before</source>
        <translation>los 30 días anteriores</translation>
    </message>
    <message>
        <source>same as %1</source>
        <translation>igual que %1</translation>
    </message>
    <message>
        <source>none %1</source>
        <translation>ninguno %1</translation>
    </message>
    <message>
        <source>%1%2% vs %3</source>
        <translation>%1%2 % frente a %3</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Add &amp;quick-start categories</source>
        <translation>Añadir categorías de &amp;inicio rápido</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Send your first event&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Envía tu primer evento&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Run this in a terminal or a script. The event appears here the moment it arrives, and on Discord right after.</source>
        <translation>Ejecuta esto en un terminal o en un script. El evento aparece aquí en cuanto llega, y en Discord justo después.</translation>
    </message>
    <message>
        <source>Command for the first event</source>
        <translation>Orden para el primer evento</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Copiar orden</translation>
    </message>
    <message>
        <source>First, tell PingPanda where to send events: your bot&apos;s direct messages or a channel webhook. Until then the API answers 403.</source>
        <translation>Primero, dile a PingPanda adónde enviar los eventos: a los mensajes directos de tu bot o al webhook de un canal. Hasta entonces la API responde 403.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;ajustes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Categories at a glance</source>
        <translation>Categorías de un vistazo</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>All events today, by hour</source>
        <translation>Todos los eventos de hoy, por hora</translation>
    </message>
    <message>
        <source>All events in the last %1 days, by day</source>
        <translation>Todos los eventos de los últimos %1 días, por día</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 exists but is not a folder. Choose another data folder with --data-dir.</source>
        <translation>%1 existe pero no es una carpeta. Elige otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1. Check that you may write there, or choose another folder with --data-dir.</source>
        <translation>No se pudo crear la carpeta de datos %1. Comprueba que puedes escribir ahí, o elige otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2.</source>
        <translation>No se pudo crear el archivo de base de datos %1: %2.</translation>
    </message>
    <message>
        <source>No data folder was given.</source>
        <translation>No se indicó ninguna carpeta de datos.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2.</source>
        <translation>No se pudo abrir la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 ha fallado: %2.</translation>
    </message>
    <message>
        <source>The database could not prepare a statement: %1.</source>
        <translation>La base de datos no pudo preparar una sentencia: %1.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be written: %1.</source>
        <translation>La base de datos está ocupada o no se puede escribir: %1.</translation>
    </message>
    <message>
        <source>The database could not save the change: %1.</source>
        <translation>La base de datos no pudo guardar el cambio: %1.</translation>
    </message>
    <message>
        <source>%1 is not a PingPanda database (%2). Move it away or choose another data folder with --data-dir; PingPanda will not overwrite it.</source>
        <translation>%1 no es una base de datos de PingPanda (%2). Muévela o elige otra carpeta de datos con --data-dir; PingPanda no la sobrescribirá.</translation>
    </message>
    <message>
        <source>The database %1 could not switch to write-ahead logging (%2).</source>
        <translation>La base de datos %1 no pudo pasar al registro de escritura anticipada (%2).</translation>
    </message>
    <message>
        <source>The database could not be configured: %1.</source>
        <translation>No se pudo configurar la base de datos: %1.</translation>
    </message>
    <message>
        <source>Could not read the database version: %1.</source>
        <translation>No se pudo leer la versión de la base de datos: %1.</translation>
    </message>
    <message>
        <source>Could not read the database header: %1.</source>
        <translation>No se pudo leer la cabecera de la base de datos: %1.</translation>
    </message>
    <message>
        <source>Could not read the database schema: %1.</source>
        <translation>No se pudo leer el esquema de la base de datos: %1.</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not PingPanda. Move it away or choose another data folder with --data-dir; PingPanda will not change it.</source>
        <translation>%1 pertenece a otro programa, no a PingPanda. Muévelo o elige otra carpeta de datos con --data-dir; PingPanda no lo modificará.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PingPanda (database version %2; this one knows up to %3). Update PingPanda, or choose another data folder with --data-dir.</source>
        <translation>%1 la escribió un PingPanda más reciente (versión de base de datos %2; este conoce hasta la %3). Actualiza PingPanda o elige otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1: %2.</source>
        <translation>No se pudo actualizar la base de datos a la versión %1: %2.</translation>
    </message>
    <message>
        <source>Could not record the database version: %1.</source>
        <translation>No se pudo guardar la versión de la base de datos: %1.</translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation>Configurando la base de datos</translation>
    </message>
    <message>
        <source>Could not read the database&apos;s vacuum mode: %1.</source>
        <translation>No se pudo leer el modo vacuum de la base de datos: %1.</translation>
    </message>
    <message>
        <source>Could not rewrite the database to give space back: %1.</source>
        <translation>No se pudo reescribir la base de datos para liberar espacio: %1.</translation>
    </message>
</context>
<context>
    <name>DeliveryQueue</name>
    <message>
        <source>Discord does not let your bot send you direct messages. Share a server with the bot and allow direct messages from server members (User Settings &gt; Privacy &amp; Safety), then retry the event.</source>
        <translation>Discord no permite que tu bot te envíe mensajes directos. Comparte un servidor con el bot y permite mensajes directos de los miembros del servidor (Ajustes de usuario &gt; Privacidad y seguridad), y luego reintenta el evento.</translation>
    </message>
    <message>
        <source>Discord has no user with the ID %1 the bot can reach. Check it, then set it with: pingpanda config set discord.user-id YOUR_ID</source>
        <translation>Discord no tiene ningún usuario con el ID %1 al que el bot pueda llegar. Compruébalo y defínelo con: pingpanda config set discord.user-id TU_ID</translation>
    </message>
    <message>
        <source>The Discord webhook no longer exists. Create a new one in the channel&apos;s settings (Integrations &gt; Webhooks) and set it with: pingpanda config set discord.webhook-url URL</source>
        <translation>El webhook de Discord ya no existe. Crea uno nuevo en los ajustes del canal (Integraciones &gt; Webhooks) y defínelo con: pingpanda config set discord.webhook-url URL</translation>
    </message>
    <message>
        <source>The bot lacks the permission to post there (Discord error %1: %2).</source>
        <translation>El bot no tiene permiso para publicar ahí (error de Discord %1: %2).</translation>
    </message>
    <message>
        <source>Discord refused the bot token (401 Unauthorized). Set the current token with: pingpanda token set</source>
        <translation>Discord rechazó el token del bot (401 Unauthorized). Define el token actual con: pingpanda token set</translation>
    </message>
    <message>
        <source>The Discord webhook no longer exists (404). Create a new one in the channel&apos;s settings (Integrations &gt; Webhooks) and set it with: pingpanda config set discord.webhook-url URL</source>
        <translation>El webhook de Discord ya no existe (404). Crea uno nuevo en los ajustes del canal (Integraciones &gt; Webhooks) y defínelo con: pingpanda config set discord.webhook-url URL</translation>
    </message>
    <message>
        <source>Discord refused the message (HTTP %1%2).</source>
        <translation>Discord rechazó el mensaje (HTTP %1%2).</translation>
    </message>
    <message>
        <source>Discord could not be reached (%1); trying again in %2 s.</source>
        <translation>No se pudo contactar con Discord (%1); se reintentará en %2 s.</translation>
    </message>
</context>
<context>
    <name>DiscordCheck</name>
    <message>
        <source>Discord could not be reached (%1). Check the internet connection.</source>
        <translation>No se pudo contactar con Discord (%1). Comprueba la conexión a Internet.</translation>
    </message>
    <message>
        <source>The webhook works: events are posted by &quot;%1&quot; (nothing was sent now).</source>
        <translation>El webhook funciona: los eventos los publica «%1» (no se envió nada ahora).</translation>
    </message>
    <message>
        <source>The webhook no longer exists. Create a new one in the channel&apos;s settings (Integrations &gt; Webhooks) and set its address.</source>
        <translation>El webhook ya no existe. Crea uno nuevo en los ajustes del canal (Integraciones &gt; Webhooks) y define su dirección.</translation>
    </message>
    <message>
        <source>The webhook could not be checked: %1</source>
        <translation>No se pudo comprobar el webhook: %1</translation>
    </message>
    <message>
        <source>Discord is not set up. Set a webhook address, or your Discord user ID and a bot token.</source>
        <translation>Discord no está configurado. Define una dirección de webhook, o tu ID de usuario de Discord y un token de bot.</translation>
    </message>
    <message>
        <source>Discord refused the bot token. Copy the current one from the Discord Developer Portal (your application &gt; Bot &gt; Reset Token) and save it again.</source>
        <translation>Discord rechazó el token del bot. Copia el actual desde el portal de desarrolladores de Discord (tu aplicación &gt; Bot &gt; Reset Token) y guárdalo de nuevo.</translation>
    </message>
    <message>
        <source>The bot token could not be checked: %1</source>
        <translation>No se pudo comprobar el token del bot: %1</translation>
    </message>
    <message>
        <source>The bot token works (the bot is &quot;%1&quot;).</source>
        <translation>El token del bot funciona (el bot se llama «%1»).</translation>
    </message>
    <message>
        <source>Discord has no user with the ID %1 that the bot can reach. In Discord, turn on Developer Mode, right-click your name and choose Copy User ID.</source>
        <translation>Discord no tiene ningún usuario con el ID %1 al que el bot pueda llegar. En Discord, activa el modo desarrollador, haz clic derecho en tu nombre y elige «Copiar ID de usuario».</translation>
    </message>
    <message>
        <source>The direct message could not be checked: %1</source>
        <translation>No se pudo comprobar el mensaje directo: %1</translation>
    </message>
    <message>
        <source>The bot can open a direct message with user %1 (nothing was sent). If events fail with &quot;may not send you direct messages&quot;, share a server with the bot and allow direct messages from its members.</source>
        <translation>El bot puede abrir un mensaje directo con el usuario %1 (no se envió nada). Si los eventos fallan con «may not send you direct messages», comparte un servidor con el bot y permite mensajes directos de sus miembros.</translation>
    </message>
</context>
<context>
    <name>DiscordEmbed</name>
    <message numerus="yes">
        <source>**%n event(s)** while sends were held.</source>
        <translation>
            <numerusform>**%n evento** mientras los envíos estaban retenidos.</numerusform>
            <numerusform>**%n eventos** mientras los envíos estaban retenidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
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
        <translation>Mensajes directos de mi &amp;bot</translation>
    </message>
    <message>
        <source>Posts in a channel through a &amp;webhook</source>
        <translation>Publicaciones en un canal mediante un &amp;webhook</translation>
    </message>
    <message>
        <source>Discord user ID</source>
        <translation>ID de usuario de Discord</translation>
    </message>
    <message>
        <source>In Discord, turn on Developer Mode (Settings &gt; Advanced), then right-click your name and choose Copy User ID.</source>
        <translation>En Discord, activa el modo desarrollador (Ajustes &gt; Avanzado), haz clic derecho en tu nombre y elige «Copiar ID de usuario».</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Dirección del webhook</translation>
    </message>
    <message>
        <source>Paste a new bot token</source>
        <translation>Pega un token de bot nuevo</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <source>Bot token state</source>
        <translation>Estado del token del bot</translation>
    </message>
    <message>
        <source>Connection check result</source>
        <translation>Resultado de la comprobación de conexión</translation>
    </message>
    <message>
        <source>Save &amp;token</source>
        <translation>Guardar &amp;token</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Quitar token</translation>
    </message>
    <message>
        <source>Save &amp;destination</source>
        <translation>Guardar &amp;destino</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Comprobar conexión</translation>
    </message>
    <message>
        <source>Set up with the &amp;assistant…</source>
        <translation>Configurar con el &amp;asistente…</translation>
    </message>
    <message>
        <source>Step by step, with each step checked against Discord.</source>
        <translation>Paso a paso, con cada paso comprobado con Discord.</translation>
    </message>
    <message>
        <source>Send events as:</source>
        <translation>Enviar los eventos como:</translation>
    </message>
    <message>
        <source>Your &amp;user ID:</source>
        <translation>Tu ID de &amp;usuario:</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>To&amp;ken del bot:</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Dirección del webhook:</translation>
    </message>
    <message>
        <source>A token is saved in the keychain.</source>
        <translation>Hay un token guardado en el llavero.</translation>
    </message>
    <message>
        <source>No token is saved yet.</source>
        <translation>Aún no hay ningún token guardado.</translation>
    </message>
    <message>
        <source>That does not look like a bot token (three parts separated by dots). Copy it from the Discord Developer Portal: your application &gt; Bot &gt; Reset Token.</source>
        <translation>Eso no parece un token de bot (tres partes separadas por puntos). Cópialo desde el portal de desarrolladores de Discord: tu aplicación &gt; Bot &gt; Reset Token.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>EventCounts</name>
    <message>
        <source>Counting the events</source>
        <translation>Contando los eventos</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>Looking up the idempotency key</source>
        <translation>Buscando la clave de idempotencia</translation>
    </message>
    <message>
        <source>The Idempotency-Key &quot;%1&quot; was already used for a different request. Use a new key for a new event.</source>
        <translation>La Idempotency-Key «%1» ya se usó para otra petición. Usa una clave nueva para un evento nuevo.</translation>
    </message>
    <message>
        <source>An event&apos;s fields must be an object of names and values.</source>
        <translation>Los campos de un evento deben ser un objeto de nombres y valores.</translation>
    </message>
    <message>
        <source>Looking up the category</source>
        <translation>Buscando la categoría</translation>
    </message>
    <message>
        <source>There is no category named &quot;%1&quot;.</source>
        <translation>No hay ninguna categoría llamada «%1».</translation>
    </message>
    <message>
        <source>Saving the event</source>
        <translation>Guardando el evento</translation>
    </message>
    <message>
        <source>Forgetting old idempotency keys</source>
        <translation>Olvidando las claves de idempotencia antiguas</translation>
    </message>
    <message>
        <source>Saving the idempotency key</source>
        <translation>Guardando la clave de idempotencia</translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation>Leyendo el evento</translation>
    </message>
    <message>
        <source>There is no event with the id &quot;%1&quot;.</source>
        <translation>No hay ningún evento con el ID «%1».</translation>
    </message>
    <message>
        <source>The number of events to list must be between 1 and %1.</source>
        <translation>El número de eventos que listar debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>El desplazamiento no puede ser negativo.</translation>
    </message>
    <message>
        <source>Listing events</source>
        <translation>Listando los eventos</translation>
    </message>
    <message>
        <source>Counting events</source>
        <translation>Contando los eventos</translation>
    </message>
    <message>
        <source>Reading the delivery history</source>
        <translation>Leyendo el historial de entregas</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Select an event to see everything it carried and how its delivery went.</source>
        <translation>Selecciona un evento para ver todo lo que llevaba y cómo fue su entrega.</translation>
    </message>
    <message>
        <source>Search descriptions and fields</source>
        <translation>Buscar en descripciones y campos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copiar como &amp;JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the events shown (all pages) as CSV or JSON.</source>
        <translation>Guardar los eventos mostrados (todas las páginas) como CSV o JSON.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Recibido %1</translation>
    </message>
    <message>
        <source>Event ID %1</source>
        <translation>ID del evento %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Entrega: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent to Discord.</source>
        <translation>Esperando para enviarse a Discord.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Sent to Discord.</source>
        <translation>Enviado a Discord.</translation>
    </message>
    <message>
        <source>Sent to Discord (message %1).</source>
        <translation>Enviado a Discord (mensaje %1).</translation>
    </message>
    <message>
        <source>Not sent, will try again: %1</source>
        <translation>No enviado, se reintentará: %1</translation>
    </message>
    <message>
        <source>Gave up: %1</source>
        <translation>Abandonado: %1</translation>
    </message>
    <message>
        <source>You asked to send it again.</source>
        <translation>Pediste enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Select a failed event first.</source>
        <translation>Selecciona primero un evento fallido.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No events match these filters.&lt;/b&gt;&lt;br&gt;Events that arrive and match them appear here at once.</source>
        <translation>&lt;b&gt;Ningún evento coincide con estos filtros.&lt;/b&gt;&lt;br&gt;Los eventos que lleguen y coincidan aparecen aquí al instante.</translation>
    </message>
    <message>
        <source>Show &amp;all events</source>
        <translation>Mostrar &amp;todos los eventos</translation>
    </message>
    <message>
        <source>&lt;b&gt;No events yet.&lt;/b&gt;&lt;br&gt;Every event a script sends appears here the moment it arrives, with what Discord made of it.</source>
        <translation>&lt;b&gt;Todavía no hay eventos.&lt;/b&gt;&lt;br&gt;Cada evento que envía un script aparece aquí en cuanto llega, con lo que Discord hizo con él.</translation>
    </message>
    <message>
        <source>Send a &amp;test event</source>
        <translation>Enviar un evento de &amp;prueba</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Save and &amp;apply</source>
        <translation>Guardar y &amp;aplicar</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Para siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>Conservar los eventos durante</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>Conservar como máximo</translation>
    </message>
    <message>
        <source>Older events are deleted in the background, a few at a time; events still waiting to be sent are never deleted.</source>
        <translation>Los eventos antiguos se eliminan en segundo plano, unos pocos cada vez; los que aún esperan envío nunca se eliminan.</translation>
    </message>
    <message>
        <source>Keep events &amp;for:</source>
        <translation>Conservar eventos &amp;durante:</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>Conservar como &amp;máximo:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), %1 on disk</source>
        <translation>
            <numerusform>%Ln evento, %1 en disco</numerusform>
            <numerusform>%Ln eventos, %1 en disco</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hook</name>
    <message>
        <source>A hook&apos;s name must be 1 to 50 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (got &quot;%1&quot;), for example: github-shop.</source>
        <translation>El nombre de un hook debe tener de 1 a 50 letras, dígitos, «.», «-» o «_» (recibido: «%1»), por ejemplo: github-shop.</translation>
    </message>
</context>
<context>
    <name>HookDialog</name>
    <message>
        <source>New hook</source>
        <translation>Nuevo hook</translation>
    </message>
    <message>
        <source>github-shop</source>
        <translation>github-shop</translation>
    </message>
    <message>
        <source>&amp;Make hook</source>
        <translation>&amp;Crear hook</translation>
    </message>
    <message>
        <source>A hook gives another program its own address here. What it sends there becomes an event of the category you choose.</source>
        <translation>Un hook da aquí a otro programa su propia dirección. Lo que envíe allí se convierte en un evento de la categoría que elijas.</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Enviado por:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Grafana alerting</source>
        <translation>Alertas de Grafana</translation>
    </message>
    <message>
        <source>Uptime Kuma</source>
        <translation>Uptime Kuma</translation>
    </message>
    <message>
        <source>Any program (JSON)</source>
        <translation>Cualquier programa (JSON)</translation>
    </message>
    <message>
        <source>Pushes, workflow runs, issues, pull requests and releases of a repository. GitHub signs each delivery with the hook&apos;s key.</source>
        <translation>Pushes, ejecuciones de workflow, issues, pull requests y versiones de un repositorio. GitHub firma cada entrega con la clave del hook.</translation>
    </message>
    <message>
        <source>Alerts firing and resolved, from a contact point of type Webhook.</source>
        <translation>Alertas disparadas y resueltas, desde un punto de contacto de tipo Webhook.</translation>
    </message>
    <message>
        <source>Monitors going down and coming back up, from a Webhook notification.</source>
        <translation>Monitores que caen y vuelven, desde una notificación Webhook.</translation>
    </message>
    <message>
        <source>{&quot;description&quot;: &quot;…&quot;, &quot;fields&quot;: {…}} or any JSON object: a text member becomes the message, the other values its fields.</source>
        <translation>{&quot;description&quot;: &quot;…&quot;, &quot;fields&quot;: {…}} o cualquier objeto JSON: un miembro de texto se convierte en el mensaje y los demás valores en sus campos.</translation>
    </message>
    <message>
        <source>Add a category first, on the Categories page: a hook&apos;s events need one.</source>
        <translation>Añade antes una categoría, en la página Categorías: los eventos de un hook la necesitan.</translation>
    </message>
    <message>
        <source>Name the hook; the name is part of its address.</source>
        <translation>Pon nombre al hook; el nombre forma parte de su dirección.</translation>
    </message>
    <message>
        <source>There is already a hook named &quot;%1&quot;.</source>
        <translation>Ya hay un hook llamado «%1».</translation>
    </message>
</context>
<context>
    <name>HookStore</name>
    <message>
        <source>Looking up the hook</source>
        <translation>Buscando el hook</translation>
    </message>
    <message>
        <source>There is already a hook named &quot;%1&quot;. Choose another name, or remove it first: pingpanda hook remove %1</source>
        <translation>Ya hay un hook llamado «%1». Elige otro nombre o elimínalo antes: pingpanda hook remove %1</translation>
    </message>
    <message>
        <source>There is no category named &quot;%1&quot;. Add it first: pingpanda category add %1</source>
        <translation>No hay ninguna categoría llamada «%1». Añádela antes: pingpanda category add %1</translation>
    </message>
    <message>
        <source>Saving the hook</source>
        <translation>Guardando el hook</translation>
    </message>
    <message>
        <source>Reading the hooks</source>
        <translation>Leyendo los hooks</translation>
    </message>
    <message>
        <source>Removing the hook</source>
        <translation>Eliminando el hook</translation>
    </message>
    <message>
        <source>There is no hook named &quot;%1&quot;. See them all with: pingpanda hook list</source>
        <translation>No hay ningún hook llamado «%1». Míralos todos con: pingpanda hook list</translation>
    </message>
    <message>
        <source>Saving the hook&apos;s new key</source>
        <translation>Guardando la nueva clave del hook</translation>
    </message>
    <message>
        <source>There is no hook named &quot;%1&quot;.</source>
        <translation>No hay ningún hook llamado «%1».</translation>
    </message>
    <message>
        <source>Noting what the hook received</source>
        <translation>Anotando lo que recibió el hook</translation>
    </message>
</context>
<context>
    <name>HooksPage</name>
    <message>
        <source>New &amp;key…</source>
        <translation>Nueva &amp;clave…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>&amp;Make hook…</source>
        <translation>&amp;Crear hook…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No hooks yet.&lt;/b&gt;&lt;br&gt;A hook gives GitHub, Grafana, Uptime Kuma or any program that sends webhooks an address here: what it sends becomes an event, without a script in between.</source>
        <translation>&lt;b&gt;Aún no hay hooks.&lt;/b&gt;&lt;br&gt;Un hook da aquí una dirección a GitHub, Grafana, Uptime Kuma o cualquier programa que envíe webhooks: lo que envía se convierte en un evento, sin un script de por medio.</translation>
    </message>
    <message>
        <source>Make a &amp;hook…</source>
        <translation>Crear un &amp;hook…</translation>
    </message>
    <message>
        <source>Selected hook</source>
        <translation>Hook seleccionado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the address (the key is not in it: it is shown once, when made)</source>
        <translation>Copiar la dirección (sin la clave: solo se muestra una vez, al crearla)</translation>
    </message>
    <message>
        <source>Last payload</source>
        <translation>Último contenido</translation>
    </message>
    <message>
        <source>Nothing received yet. Send a test from the other program (GitHub: Recent Deliveries &gt; Redeliver; Grafana and Uptime Kuma: Test).</source>
        <translation>Aún no se ha recibido nada. Envía una prueba desde el otro programa (GitHub: Recent Deliveries &gt; Redeliver; Grafana y Uptime Kuma: Test).</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Last received:</source>
        <translation>Última recepción:</translation>
    </message>
    <message>
        <source>Became:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>abc.ngrok-free.app</source>
        <translation>abc.ngrok-free.app</translation>
    </message>
    <message>
        <source>Host names of a tunnel or proxy</source>
        <translation>Nombres de host de un túnel o proxy</translation>
    </message>
    <message>
        <source>Senders outside this computer reach PingPanda through a tunnel or reverse proxy; the server answers for the host names given here (separated by commas).</source>
        <translation>Los remitentes de fuera de este ordenador llegan a PingPanda a través de un túnel o proxy inverso; el servidor responde a los nombres de host indicados aquí (separados por comas).</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Tunnel or proxy &amp;host name:</source>
        <translation>Nombre de &amp;host del túnel o proxy:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada aún</translation>
    </message>
    <message>
        <source>Saved: the server answers for these names now.</source>
        <translation>Guardado: el servidor responde ahora a estos nombres.</translation>
    </message>
    <message>
        <source>Hook %1</source>
        <translation>Hook %1</translation>
    </message>
    <message>
        <source>Paste these into %1; what it sends becomes an event of the category %2.</source>
        <translation>Pega esto en %1; lo que envíe se convierte en un evento de la categoría %2.</translation>
    </message>
    <message>
        <source>In the repository: Settings &gt; Webhooks &gt; Add webhook. Content type: application/json.</source>
        <translation>En el repositorio: Settings &gt; Webhooks &gt; Add webhook. Content type: application/json.</translation>
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
        <translation>En Grafana: Alerting &gt; Contact points &gt; Add contact point, integración Webhook.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>In Uptime Kuma: Settings &gt; Notifications &gt; Setup Notification, type Webhook, body application/json.</source>
        <translation>En Uptime Kuma: Settings &gt; Notifications &gt; Setup Notification, tipo Webhook, cuerpo application/json.</translation>
    </message>
    <message>
        <source>Post URL</source>
        <translation>Post URL</translation>
    </message>
    <message>
        <source>POST JSON to this URL, or send the key as &apos;Authorization: Bearer &lt;key&gt;&apos; to the address without it.</source>
        <translation>Envía JSON por POST a esta URL, o la clave como «Authorization: Bearer &lt;key&gt;» a la dirección sin ella.</translation>
    </message>
    <message>
        <source>This address works on this computer only; a sender elsewhere needs a tunnel or reverse proxy, whose host name goes at the foot of the Hooks page.</source>
        <translation>Esta dirección solo funciona en este ordenador; un remitente de fuera necesita un túnel o proxy inverso, cuyo nombre de host se indica al pie de la página Hooks.</translation>
    </message>
    <message>
        <source>Make hook</source>
        <translation>Crear hook</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nueva clave</translation>
    </message>
    <message>
        <source>Make a new key for the hook &quot;%1&quot;? The old one stops working at once: paste the new one into the sender.</source>
        <translation>¿Crear una clave nueva para el hook «%1»? La antigua deja de funcionar al instante: pega la nueva en el remitente.</translation>
    </message>
    <message>
        <source>Remove hook</source>
        <translation>Eliminar hook</translation>
    </message>
    <message>
        <source>Remove the hook &quot;%1&quot;? Its address answers 404 from then on; the events it brought stay in the history.</source>
        <translation>¿Eliminar el hook «%1»? Su dirección responderá 404; los eventos que trajo siguen en el historial.</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>«%1» no es una dirección IP en la que escuchar.</translation>
    </message>
    <message>
        <source>Discord is not set up, so the API answers 403 and sends nothing. Set a webhook (pingpanda config set discord.webhook-url URL), or your user ID and a bot token (pingpanda config set discord.user-id ID; pingpanda token set).%1</source>
        <translation>Discord no está configurado, así que la API responde 403 y no envía nada. Define un webhook (pingpanda config set discord.webhook-url URL), o tu ID de usuario y un token de bot (pingpanda config set discord.user-id ID; pingpanda token set).%1</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>No se pudo crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>PingPanda is already running for this data folder (process %1). Stop it first, or choose another folder with --data-dir.</source>
        <translation>PingPanda ya está en marcha para esta carpeta de datos (proceso %1). Detenlo primero, o elige otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Could not lock the data folder %1.</source>
        <translation>No se pudo bloquear la carpeta de datos %1.</translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>LiveProfile</name>
    <message>
        <source>Could not check the database for changes.</source>
        <translation>No se pudo comprobar si la base de datos ha cambiado.</translation>
    </message>
    <message>
        <source>Checking the database for changes</source>
        <translation>Comprobando si la base de datos ha cambiado</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Enviar evento de prueba</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>How your events have been coming in.</source>
        <translation>Cómo han ido llegando tus eventos.</translation>
    </message>
    <message>
        <source>Every event received, newest first. Select one to see its fields and what Discord answered.</source>
        <translation>Cada evento recibido, el más reciente primero. Selecciona uno para ver sus campos y lo que respondió Discord.</translation>
    </message>
    <message>
        <source>The kinds of events your scripts send, with the emoji and colour of their Discord messages.</source>
        <translation>Los tipos de eventos que envían tus scripts, con el emoji y el color de sus mensajes de Discord.</translation>
    </message>
    <message>
        <source>Send an event the way a script would, and watch it reach Discord.</source>
        <translation>Envía un evento como lo haría un script y observa cómo llega a Discord.</translation>
    </message>
    <message>
        <source>Where events go, the key scripts use, and how PingPanda runs on this computer.</source>
        <translation>Adónde van los eventos, la clave que usan los scripts y cómo funciona PingPanda en este ordenador.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed event(s)</source>
        <translation>
            <numerusform>%n evento fallido</numerusform>
            <numerusform>%n eventos fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>Addresses for GitHub, Grafana, Uptime Kuma or any program&apos;s webhooks: what they send becomes events.</source>
        <translation>Direcciones para los webhooks de GitHub, Grafana, Uptime Kuma o cualquier programa: lo que envían se convierte en eventos.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Reading the events to send</source>
        <translation>Leyendo los eventos por enviar</translation>
    </message>
    <message>
        <source>The destination was changed</source>
        <translation>Se cambió el destino</translation>
    </message>
    <message>
        <source>Updating the events</source>
        <translation>Actualizando los eventos</translation>
    </message>
    <message>
        <source>Updating the event</source>
        <translation>Actualizando el evento</translation>
    </message>
    <message>
        <source>Event %1 is %2, not %3.</source>
        <translation>El evento %1 está %2, no %3.</translation>
    </message>
    <message>
        <source>Recording the delivery</source>
        <translation>Registrando la entrega</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Saving the profile</source>
        <translation>Guardando el perfil</translation>
    </message>
    <message>
        <source>Reading the profile</source>
        <translation>Leyendo el perfil</translation>
    </message>
    <message>
        <source>The profile could not be read back.</source>
        <translation>No se pudo volver a leer el perfil.</translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <source>&quot;%1&quot; is not a span of quiet hours. Write it as HH:MM-HH:MM in your local time, for example 22:00-07:30.</source>
        <translation>«%1» no es un intervalo de horas de silencio. Escríbelo como HH:MM-HH:MM en tu hora local, por ejemplo 22:00-07:30.</translation>
    </message>
    <message>
        <source>Quiet hours must end at another time than they start (&quot;%1&quot;).</source>
        <translation>Las horas de silencio deben terminar a otra hora distinta de la de inicio («%1»).</translation>
    </message>
</context>
<context>
    <name>QuietHoursPanel</name>
    <message>
        <source>Quiet hours and snooze</source>
        <translation>Horas de silencio y pausa</translation>
    </message>
    <message>
        <source>Hold sends during &amp;quiet hours, from</source>
        <translation>Retener los envíos en horas de &amp;silencio, de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>Digest preview</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <source>While sends are held, events are stored and then go out as one digest per destination. Urgent categories are sent at once: choose them on the Categories page.</source>
        <translation>Mientras los envíos están retenidos, los eventos se guardan y luego salen en un solo resumen por destino. Las categorías urgentes se envían al momento: elígelas en la página Categorías.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>Sends go out as events come.</source>
        <translation>Los eventos se envían en cuanto llegan.</translation>
    </message>
    <message>
        <source>Quiet hours until %1.</source>
        <translation>Horas de silencio hasta las %1.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>En pausa hasta las %1.</translation>
    </message>
    <message numerus="yes">
        <source>The next digest (%n event(s) held):</source>
        <translation>
            <numerusform>El próximo resumen (%n evento retenido):</numerusform>
            <numerusform>El próximo resumen (%n eventos retenidos):</numerusform>
        </translation>
    </message>
    <message>
        <source>A digest looks like this (made from your latest events):</source>
        <translation>Así se ve un resumen (hecho con tus últimos eventos):</translation>
    </message>
    <message>
        <source>Nothing is held. A digest lists each category with how many events it held and the latest few.</source>
        <translation>No hay nada retenido. Un resumen lista cada categoría con cuántos eventos retuvo y los últimos.</translation>
    </message>
    <message>
        <source>Sn&amp;ooze 1 hour</source>
        <translation>Pausar &amp;1 hora</translation>
    </message>
    <message>
        <source>R&amp;esume now</source>
        <translation>R&amp;eanudar ahora</translation>
    </message>
    <message>
        <source>Sa&amp;ve and apply</source>
        <translation>Guardar y apli&amp;car</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Deleting old events</source>
        <translation>Eliminando eventos antiguos</translation>
    </message>
    <message>
        <source>Giving disk space back</source>
        <translation>Liberando espacio en disco</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>&lt;b&gt;Copy it now.&lt;/b&gt; PingPanda keeps only a hash of the key and cannot show it again; if it is lost, make a new one.</source>
        <translation>&lt;b&gt;Cópiala ahora.&lt;/b&gt; PingPanda solo guarda un hash de la clave y no puede volver a mostrarla; si se pierde, crea una nueva.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available (%1). Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet), or on a server set the environment variable %2 instead.</source>
        <translation>No hay ningún llavero disponible (%1). Inicia el llavero de tu escritorio (por ejemplo GNOME Keyring o KWallet), o en un servidor define en su lugar la variable de entorno %2.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation>El llavero denegó el acceso (%1). Desbloquea tu llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No Discord bot token is stored. Add one with: pingpanda token set</source>
        <translation>No hay ningún token de bot de Discord guardado. Añade uno con: pingpanda token set</translation>
    </message>
    <message>
        <source>Reading the Discord bot token from the environment variable %1.</source>
        <translation>El token del bot de Discord se lee de la variable de entorno %1.</translation>
    </message>
    <message>
        <source>The Discord bot token is stored in the keychain.</source>
        <translation>El token del bot de Discord está guardado en el llavero.</translation>
    </message>
    <message>
        <source>The Discord bot token is saved in the keychain.</source>
        <translation>El token del bot de Discord se ha guardado en el llavero.</translation>
    </message>
    <message>
        <source>No Discord bot token was stored.</source>
        <translation>No había ningún token de bot de Discord guardado.</translation>
    </message>
    <message>
        <source>The Discord bot token is removed from the keychain.</source>
        <translation>El token del bot de Discord se ha quitado del llavero.</translation>
    </message>
</context>
<context>
    <name>SendTestPage</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>New sale completed!</source>
        <translation>¡Nueva venta completada!</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Añadir &amp;campo</translation>
    </message>
    <message>
        <source>Remo&amp;ve field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copiar como c&amp;url</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation>Ca&amp;mpos:</translation>
    </message>
    <message>
        <source>How Discord will show it:</source>
        <translation>Así lo mostrará Discord:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&quot;%1&quot; is not a Discord user ID; those are 17 to 20 digits. In Discord, turn on Developer Mode (Settings &gt; Advanced), then right-click your name and choose Copy User ID.</source>
        <translation>«%1» no es un ID de usuario de Discord; estos tienen de 17 a 20 dígitos. En Discord, activa el modo desarrollador (Ajustes &gt; Avanzado), haz clic derecho en tu nombre y elige «Copiar ID de usuario».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use a whole number from %3 to %4.</source>
        <translation>«%1» no es un valor válido para %2; usa un número entero de %3 a %4.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>rate limit (0 turns it off)</source>
        <translation>límite de frecuencia (0 lo quita)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 to serve only this computer, or an address of one of its network interfaces.</source>
        <translation>«%1» no es una dirección IP. Usa 127.0.0.1 para servir solo a este ordenador, o la dirección de una de sus interfaces de red.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin. Write origins like https://example.com or http://localhost:3000, separated by commas.</source>
        <translation>«%1» no es un origen. Escribe los orígenes como https://example.com o http://localhost:3000, separados por comas.</translation>
    </message>
    <message>
        <source>Your Discord user ID; the bot sends events to you as direct messages.</source>
        <translation>Tu ID de usuario de Discord; el bot te envía los eventos como mensajes directos.</translation>
    </message>
    <message>
        <source>A Discord webhook address; events are posted to its channel instead of a DM.</source>
        <translation>Una dirección de webhook de Discord; los eventos se publican en su canal en lugar de por mensaje directo.</translation>
    </message>
    <message>
        <source>The Discord API address (the environment variable PINGPANDA_DISCORD_API_BASE overrides it).</source>
        <translation>La dirección de la API de Discord (la variable de entorno PINGPANDA_DISCORD_API_BASE la sustituye).</translation>
    </message>
    <message>
        <source>The port the local Events API listens on.</source>
        <translation>El puerto en el que escucha la API de eventos local.</translation>
    </message>
    <message>
        <source>The address the Events API listens on; anything but 127.0.0.1 or ::1 lets other computers reach it.</source>
        <translation>La dirección en la que escucha la API de eventos; cualquier otra que no sea 127.0.0.1 o ::1 permite que otros ordenadores lleguen a ella.</translation>
    </message>
    <message>
        <source>Web page origins allowed to call the API from a browser, separated by commas.</source>
        <translation>Orígenes de páginas web a los que se permite llamar a la API desde un navegador, separados por comas.</translation>
    </message>
    <message>
        <source>How many events a minute the API accepts (0 turns the limit off).</source>
        <translation>Cuántos eventos por minuto acepta la API (0 quita el límite).</translation>
    </message>
    <message>
        <source>Reading a setting</source>
        <translation>Leyendo un ajuste</translation>
    </message>
    <message>
        <source>Saving a setting</source>
        <translation>Guardando un ajuste</translation>
    </message>
    <message>
        <source>Removing a setting</source>
        <translation>Quitando un ajuste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name. Write names like hooks.example.com or abc.ngrok-free.app (no scheme, no port), separated by commas.</source>
        <translation>«%1» no es un nombre de host. Escribe nombres como hooks.example.com o abc.ngrok-free.app (sin esquema ni puerto), separados por comas.</translation>
    </message>
    <message>
        <source>More host names the server answers for, separated by commas: a tunnel&apos;s or reverse proxy&apos;s name that senders of hooks reach it by.</source>
        <translation>Más nombres de host a los que responde el servidor, separados por comas: el de un túnel o proxy inverso por el que llegan los remitentes de hooks.</translation>
    </message>
    <message>
        <source>number of days (0 keeps every event)</source>
        <translation>número de días (0 conserva todos los eventos)</translation>
    </message>
    <message>
        <source>number of events (0 sets no limit)</source>
        <translation>número de eventos (0: sin límite)</translation>
    </message>
    <message>
        <source>Events older than this many days are deleted (0 keeps them all). Pending events are never deleted.</source>
        <translation>Los eventos más antiguos que este número de días se eliminan (0 los conserva todos). Los eventos pendientes nunca se eliminan.</translation>
    </message>
    <message>
        <source>At most this many events are kept, the oldest deleted first (0 sets no limit).</source>
        <translation>Se conservan como mucho estos eventos, y se eliminan primero los más antiguos (0: sin límite).</translation>
    </message>
    <message>
        <source>HH:MM-HH:MM in local time (it may cross midnight): events are stored but not sent until it ends, then go out as one digest. Urgent categories are sent anyway.</source>
        <translation>HH:MM-HH:MM en hora local (puede pasar de medianoche): los eventos se guardan pero no se envían hasta que termine, y luego salen en un solo resumen. Las categorías urgentes se envían igualmente.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Start PingPanda when I &amp;log in</source>
        <translation>Iniciar PingPanda al &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>Iniciar &amp;oculto en la bandeja</translation>
    </message>
    <message>
        <source>Show a &amp;notification for every event</source>
        <translation>Mostrar una &amp;notificación por cada evento</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Regenerar…</translation>
    </message>
    <message>
        <source>Scripts send it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Los scripts la envían como «Authorization: Bearer &lt;key&gt;».</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Save &amp;server settings</source>
        <translation>Guardar ajustes del &amp;servidor</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Límite de frecuencia:</translation>
    </message>
    <message>
        <source>The port and address apply the next time PingPanda starts; the rate limit at once.</source>
        <translation>El puerto y la dirección se aplican la próxima vez que se inicie PingPanda; el límite de frecuencia, al momento.</translation>
    </message>
    <message>
        <source>The window stays closed at start; open it from the PingPanda icon in the tray.</source>
        <translation>La ventana sigue cerrada al iniciar; ábrela desde el icono de PingPanda en la bandeja.</translation>
    </message>
    <message>
        <source>Events arriving in quick succession are summed up in one notification.</source>
        <translation>Los eventos que llegan seguidos se resumen en una sola notificación.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Regenerate the API key</source>
        <translation>Regenerar la clave de API</translation>
    </message>
    <message>
        <source>Scripts using the current key will get 401 until you give them the new one. Regenerate it?</source>
        <translation>Los scripts que usen la clave actual recibirán 401 hasta que les des la nueva. ¿Regenerarla?</translation>
    </message>
    <message>
        <source>Leave this computer?</source>
        <translation>¿Abrir a otros ordenadores?</translation>
    </message>
    <message>
        <source>On %1, other computers that can reach this one can send events (with the API key). Listen there?</source>
        <translation>En %1, otros ordenadores que puedan llegar a este pueden enviar eventos (con la clave de API). ¿Escuchar ahí?</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>The API key was kept.</source>
        <translation>Se ha conservado la clave de API.</translation>
    </message>
    <message>
        <source>The address was kept: it would let other computers send events.</source>
        <translation>Se ha conservado la dirección: permitiría que otros ordenadores enviaran eventos.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pariencia:</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>Set up PingPanda</source>
        <translation>Configurar PingPanda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Snooze</name>
    <message>
        <source>&quot;%1&quot; is not a duration. Write a whole number and s, m, h or d, for example 45s, 30m, 2h or 1d (or off to resume now).</source>
        <translation>«%1» no es una duración. Escribe un número entero y s, m, h o d, por ejemplo 45s, 30m, 2h o 1d (u off para reanudar ahora).</translation>
    </message>
    <message>
        <source>A snooze lasts at most 30 days (&quot;%1&quot;).</source>
        <translation>Una pausa dura como máximo 30 días («%1»).</translation>
    </message>
</context>
<context>
    <name>StarterCategoriesPage</name>
    <message>
        <source>Start with a few categories</source>
        <translation>Empieza con unas categorías</translation>
    </message>
    <message>
        <source>A category names a kind of event and gives its Discord message an emoji and a colour. Scripts send the category&apos;s name with each event.</source>
        <translation>Una categoría nombra un tipo de evento y da a su mensaje de Discord un emoji y un color. Los scripts envían el nombre de la categoría con cada evento.</translation>
    </message>
    <message>
        <source>You can rename them, change their colours or add your own on the Categories page at any time.</source>
        <translation>Puedes renombrarlas, cambiar sus colores o añadir las tuyas en la página Categorías en cualquier momento.</translation>
    </message>
    <message>
        <source>You have this category already.</source>
        <translation>Ya tienes esta categoría.</translation>
    </message>
</context>
<context>
    <name>TestEvent</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent (HTTP %1): %2</source>
        <translation>No enviado (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Evento %1: %2</translation>
    </message>
    <message>
        <source>waiting to be sent to Discord</source>
        <translation>esperando a enviarse a Discord</translation>
    </message>
    <message>
        <source>delivered to Discord ✓</source>
        <translation>entregado a Discord ✓</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>stored; its category is muted, so it is not sent</source>
        <translation>guardado; su categoría está silenciada, así que no se envía</translation>
    </message>
</context>
<context>
    <name>TestEventPage</name>
    <message>
        <source>&amp;Send a test event</source>
        <translation>&amp;Enviar un evento de prueba</translation>
    </message>
    <message>
        <source>Send your first event</source>
        <translation>Envía tu primer evento</translation>
    </message>
    <message>
        <source>A real event, sent through PingPanda the way your scripts will send theirs.</source>
        <translation>Un evento real, enviado por PingPanda como tus scripts enviarán los suyos.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Test event status</source>
        <translation>Estado del evento de prueba</translation>
    </message>
    <message>
        <source>Command that sends an event</source>
        <translation>Orden que envía un evento</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>From now on, your scripts and tools send events with a request like this one:</source>
        <translation>A partir de ahora, tus scripts y herramientas envían eventos con una petición como esta:</translation>
    </message>
    <message>
        <source>The API key in it is also on the Settings page, under API key. Keep it private: anyone who has it can send you events.</source>
        <translation>La clave de API que contiene también está en la página Ajustes, en Clave de API. Guárdala en privado: quien la tenga puede enviarte eventos.</translation>
    </message>
    <message>
        <source>PingPanda stores a short hello in the category you pick and sends it to Discord. This page follows it until Discord has it, usually within a second or two.</source>
        <translation>PingPanda guarda un breve saludo en la categoría que elijas y lo envía a Discord. Esta página lo sigue hasta que Discord lo tiene, normalmente en uno o dos segundos.</translation>
    </message>
    <message>
        <source>There is no category to send yet: go back one step and pick one.</source>
        <translation>Todavía no hay ninguna categoría que enviar: vuelve un paso atrás y elige una.</translation>
    </message>
    <message>
        <source>Hello from PingPanda! This test event shows that your setup works.</source>
        <translation>¡Hola desde PingPanda! Este evento de prueba muestra que tu configuración funciona.</translation>
    </message>
    <message>
        <source>Check your Discord: it&apos;s there.</source>
        <translation>Mira tu Discord: ahí está.</translation>
    </message>
    <message>
        <source>Go back to fix the setup, then send again.</source>
        <translation>Vuelve atrás para corregir la configuración y envía de nuevo.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Open PingPanda</source>
        <translation>&amp;Abrir PingPanda</translation>
    </message>
    <message>
        <source>&amp;Send test event…</source>
        <translation>&amp;Enviar evento de prueba…</translation>
    </message>
    <message>
        <source>&amp;Copy API key</source>
        <translation>&amp;Copiar clave de API</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>PingPanda keeps running</source>
        <translation>PingPanda sigue en marcha</translation>
    </message>
    <message>
        <source>Events are still received and sent to Discord. Open PingPanda or quit it from this icon.</source>
        <translation>Los eventos se siguen recibiendo y enviando a Discord. Abre o cierra PingPanda desde este icono.</translation>
    </message>
    <message>
        <source>PingPanda — listening on %1
Today: %2 · Pending: %3 · Failed: %4</source>
        <translation>PingPanda — escuchando en %1
Hoy: %2 · Pendientes: %3 · Fallidos: %4</translation>
    </message>
    <message>
        <source>Discord is not set up yet: events are stored but not sent.</source>
        <translation>Discord aún no está configurado: los eventos se guardan pero no se envían.</translation>
    </message>
    <message>
        <source>PingPanda cannot deliver</source>
        <translation>PingPanda no puede entregar</translation>
    </message>
    <message>
        <source>New %1 event</source>
        <translation>Nuevo evento «%1»</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s)</source>
        <translation>
            <numerusform>%n evento más</numerusform>
            <numerusform>%n eventos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;up PingPanda…</source>
        <translation>Config&amp;urar PingPanda…</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Durante &amp;1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow &amp;08:00</source>
        <translation>Hasta mañana a las &amp;08:00</translation>
    </message>
    <message>
        <source>&amp;Resume sends now</source>
        <translation>&amp;Reanudar los envíos ahora</translation>
    </message>
    <message>
        <source>Snoozed until %1: events wait and then go out as one digest.</source>
        <translation>En pausa hasta las %1: los eventos esperan y luego salen en un solo resumen.</translation>
    </message>
    <message>
        <source>Quiet hours until %1: events wait and then go out as one digest.</source>
        <translation>Horas de silencio hasta las %1: los eventos esperan y luego salen en un solo resumen.</translation>
    </message>
    <message>
        <source>PingPanda could not snooze</source>
        <translation>PingPanda no pudo pausar</translation>
    </message>
    <message>
        <source>PingPanda could not resume sends</source>
        <translation>PingPanda no pudo reanudar los envíos</translation>
    </message>
    <message>
        <source>Until &amp;08:00 this morning</source>
        <translation>Hasta las &amp;08:00 de esta mañana</translation>
    </message>
</context>
<context>
    <name>WebUrl</name>
    <message>
        <source>&quot;%1&quot; is not a web address. It should start with https://.</source>
        <translation>«%1» no es una dirección web. Debe empezar por https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted. Use an https:// address.</source>
        <translation>«%1» no está cifrada. Usa una dirección https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord webhook address. In Discord, open the channel&apos;s settings, choose Integrations &gt; Webhooks, and use Copy Webhook URL.</source>
        <translation>«%1» no es una dirección de webhook de Discord. En Discord, abre los ajustes del canal, elige Integraciones &gt; Webhooks y usa «Copiar URL de webhook».</translation>
    </message>
</context>
<context>
    <name>WebhookAddressPage</name>
    <message>
        <source>Connect a channel webhook</source>
        <translation>Conectar el webhook de un canal</translation>
    </message>
    <message>
        <source>Make a webhook in Discord and paste its address here.</source>
        <translation>Crea un webhook en Discord y pega aquí su dirección.</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Dirección del webhook</translation>
    </message>
    <message>
        <source>Webhook check</source>
        <translation>Comprobación del webhook</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Dirección del webhook:</translation>
    </message>
    <message>
        <source>In Discord, hover over the channel that should get the events and click its gear icon (Edit Channel).</source>
        <translation>En Discord, pasa el ratón por el canal que debe recibir los eventos y haz clic en su engranaje (Edit Channel).</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Integrations&lt;/b&gt;, then &lt;b&gt;Webhooks&lt;/b&gt;, then &lt;b&gt;New Webhook&lt;/b&gt;. You can name it PingPanda.</source>
        <translation>Elige &lt;b&gt;Integrations&lt;/b&gt;, luego &lt;b&gt;Webhooks&lt;/b&gt; y luego &lt;b&gt;New Webhook&lt;/b&gt;. Puedes llamarlo PingPanda.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Copy Webhook URL&lt;/b&gt; and paste it below. PingPanda checks it with Discord at once; nothing is posted.</source>
        <translation>Haz clic en &lt;b&gt;Copy Webhook URL&lt;/b&gt; y pégala abajo. PingPanda la comprueba con Discord al momento; no se publica nada.</translation>
    </message>
</context>
</TS>
