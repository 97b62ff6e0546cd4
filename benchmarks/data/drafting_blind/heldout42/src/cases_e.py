from lib import case, N, O, I, H


def q(text, pre="> "):
    return pre + text.replace("\n", "\n" + pre)

# 35 notes-only, es, Sevilla (Andaluc\u00eda)
case(n=35, slug="tpv-tiendas-moda-flamenca-sevilla-prospecto", domain="TPV y terminales de pago", lang="es",
     tz="Europe/Madrid", now="2033-04-05 12:30", place="es: Sevilla (Andaluc\u00eda)", shape="notes-only",
     customer=("Rocío Montero", "rocio@volantesdetriana.example.es"),
     rep=("\u00c1lvaro Pedrosa", "a.pedrosa@cajaclara.example.es", "\u00c1lvaro Pedrosa\nCajaClara TPV\n954 555 018"),
     sources=[
        N("2033-04-04 17:30",
          "Llamada Roc\u00edo Montero, due\u00f1a de Volantes de Triana, 4 tiendas de moda flamenca + venta online. Ahora caja registradora vieja y dat\u00e1fono del banco, el stock no cuadra entre tiendas. Quiere TPV con stock compartido y que la web (WooCommerce) descuente stock. Le dije 4 TPV t\u00e1ctiles 1.190 \u20ac + 49 \u20ac/mes por tienda, conector WooCommerce incluido. Quiere tenerlo antes de la temporada fuerte de trajes, mejor instalar despu\u00e9s de Semana Santa. Enviar propuesta el jueves. Ojo: no mencionar que el conector tiene fallos con variantes de talla, lo est\u00e1n arreglando."),
     ],
     kps=[("4 TPV t\u00e1ctiles a 1.190 \u20ac y 49 \u20ac al mes por tienda, conector WooCommerce incluido", ["1.190 \u20ac", "49 \u20ac", "WooCommerce"]),
          ("stock compartido entre las 4 tiendas y la web", ["stock"]),
          ("instalaci\u00f3n despu\u00e9s de Semana Santa; propuesta prometida para el jueves (pasado ma\u00f1ana)", ["Semana Santa", "propuesta"])],
     mn=["Llamada Roc\u00edo", "no mencionar", "fallos con variantes", "no cuadra"],
     slots=[])

# 36 html, es, Zaragoza (Arag\u00f3n)
case(n=36, slug="rotulos-senaletica-cadena-ferreterias-zaragoza", domain="se\u00f1al\u00e9tica y r\u00f3tulos", lang="es",
     tz="Europe/Madrid", now="2033-04-06 09:45", place="es: Zaragoza (Arag\u00f3n)", shape="html",
     customer=("Javier Lacasa", "jlacasa@ferreteriasmoncayo.example.es"),
     rep=("Nuria Castell", "n.castell@rotulart.example.es", "Nuria Castell\nRotulart\n976 555 024"),
     sources=[
        H("2033-03-01 10:20", "Presupuesto se\u00f1al\u00e9tica tiendas",
          "<html><body><p>Buenos d\u00edas,</p><p>Somos Ferreter\u00edas Moncayo, 9 tiendas en Arag\u00f3n. Vamos a renovar la imagen y necesitamos:</p><ul><li>carteles colgantes de secci\u00f3n (unos 14 por tienda)</li><li>vinilo para escaparates con horario</li><li>r\u00f3tulo luminoso de fachada solo en la tienda de Delicias</li></ul><p>\u00bfNos pueden pasar precio?</p><p>Un saludo,<br>Javier Lacasa<br>Responsable de tiendas</p></body></html>"),
        O("2033-03-04 12:00", "RE: Presupuesto se\u00f1al\u00e9tica tiendas",
          "Buenos d\u00edas, Javier:\n\nLe adjunto el presupuesto: carteles colgantes de PVC espumado a 38 \u20ac/ud. (126 uds.), vinilo de escaparate a 95 \u20ac por tienda y r\u00f3tulo luminoso de fachada para Delicias a 2.350 \u20ac. Total 8.003 \u20ac + IVA, montaje incluido.\n\nUn saludo,\nNuria"),
        H("2033-03-17 16:45", "RE: Presupuesto se\u00f1al\u00e9tica tiendas",
          "<html><body><p>Hola Nuria,</p><p>Gracias. Cambios despu\u00e9s de hablar con gerencia:</p><ul><li>los carteles mejor en cart\u00f3n pluma, es m\u00e1s barato y los cambiamos cada a\u00f1o</li><li>el r\u00f3tulo de Delicias lo dejamos para el a\u00f1o que viene</li></ul><p>Javier</p></body></html>"),
        O("2033-03-21 09:30", "RE: Presupuesto se\u00f1al\u00e9tica tiendas",
          "Hola Javier:\n\nEn cart\u00f3n pluma los carteles salen a 24 \u20ac/ud.: 126 uds. = 3.024 \u20ac, m\u00e1s el vinilo de escaparate a 95 \u20ac en las 9 tiendas (855 \u20ac). Total 3.879 \u20ac + IVA, montaje incluido, sin el r\u00f3tulo de fachada.\n\nUn saludo,\nNuria"),
        H("2033-04-05 13:10", "RE: Presupuesto se\u00f1al\u00e9tica tiendas",
          "<html><body><p>Hola Nuria,</p><p>Adelante con el pedido. Resumen:</p><ol><li>126 carteles en cart\u00f3n pluma y vinilo en las 9 tiendas, 3.879 \u20ac + IVA con montaje</li><li>n\u00famero de pedido FM-1187</li><li>montaje por las tardes de lunes a viernes a partir de las 20:00, cuando cerramos, nunca en s\u00e1bado</li><li>facturar a Suministros Moncayo S.L.</li></ol><p>\u00bfPodr\u00edais montar las 9 tiendas antes del 29 de abril? Y otra cosa, \u00bflos dise\u00f1os los hac\u00e9is vosotros o os tenemos que mandar los archivos?</p><p>Un saludo,<br>Javier Lacasa<br>976 555 318</p></body></html>"),
     ],
     kps=[("pedido FM-1187: 126 carteles en cart\u00f3n pluma y vinilo en las 9 tiendas, 3.879 \u20ac + IVA con montaje", ["FM-1187", "3.879 \u20ac", "cart\u00f3n pluma"]),
          ("montaje de lunes a viernes a partir de las 20:00, nunca en s\u00e1bado", ["20:00"]),
          ("facturar a Suministros Moncayo S.L.", ["Suministros Moncayo S.L."])],
     mn=["8.003 \u20ac", "38 \u20ac/ud.", "PVC espumado", "976 555 318"],
     slots=["si se pueden montar las 9 tiendas antes del 29 de abril",
            "si los dise\u00f1os los hace el proveedor o el cliente debe mandar los archivos"])

# 37 notes+mail, es, Guadalajara (Jalisco)
case(n=37, slug="fulfillment-envios-tienda-en-linea-artesanias-guadalajara", domain="log\u00edstica y fulfillment", lang="es",
     tz="America/Mexico_City", now="2033-04-07 11:00", place="es: Guadalajara (Jalisco)", shape="notes+mail",
     customer=("Ximena Partida", "ximena@barroyhilo.example.mx"),
     rep=("Emiliano Ruelas", "emiliano.ruelas@almacenaya.example.mx", "Emiliano Ruelas\nAlmacenaYa Fulfillment\n33 5550 1472"),
     sources=[
        N("2033-02-21 12:00",
          "Llamada Ximena Partida, Barro y Hilo (artesan\u00edas de Tonal\u00e1, tienda en l\u00ednea + Mercado Libre). ~650 pedidos/mes, los empacan en casa. Piezas de barro fr\u00e1giles. Quiere que almacenemos y enviemos. Dije $38 MXN por pedido + $6 MXN por pieza adicional, almacenaje $420 MXN por m3/mes. Mandar propuesta."),
        O("2033-02-22 10:30", "Propuesta fulfillment - Barro y Hilo",
          "Hola Ximena:\n\nGracias por la llamada de ayer. Te comparto la propuesta: $38 MXN por pedido preparado, $6 MXN por pieza adicional y almacenaje a $420 MXN por m3 al mes. Conectamos con tu tienda y con Mercado Libre.\n\nSaludos,\nEmiliano"),
        I("2033-03-09 19:20", "RE: Propuesta fulfillment - Barro y Hilo",
          "Hola Emiliano,\n\nMe interesa pero el barro se rompe si no va bien protegido. \u00bfUstedes ponen el empaque especial (doble caja, papel) o lo tengo que mandar yo? Y a veces hay piezas grandes, como cazuelas, \u00bfcu\u00e1nto me cobrar\u00edan?\n\nSaludos\nXimena"),
        N("2033-03-11 13:00",
          "Llamada Ximena: empaque doble caja + papel lo ponemos nosotros, +$14 MXN por pedido -> $52 MXN. Piezas grandes (+60 cm) $25 MXN extra. Quiere empezar con inventario el lun 25 de abril, antes del D\u00eda de las Madres (10 de mayo). No comprometer seguro de mercanc\u00eda, Hern\u00e1n lo revisa."),
        O("2033-03-14 09:15", "RE: Propuesta fulfillment - Barro y Hilo",
          "Hola Ximena:\n\nComo quedamos: empaque con doble caja y papel incluido por nuestra parte, $52 MXN por pedido, $6 MXN por pieza adicional, $25 MXN extra por pieza grande de m\u00e1s de 60 cm, almacenaje $420 MXN por m3 al mes.\n\nSaludos,\nEmiliano"),
        I("2033-04-06 12:40", "RE: Propuesta fulfillment - Barro y Hilo",
          "Hola Emiliano!\n\nYa lo platiqu\u00e9 con mi socio y s\u00ed vamos. El contrato a nombre de Barro y Hilo Artesan\u00edas S.A.S. de C.V. Llevamos el inventario el lunes 25 de abril en la ma\u00f1ana, son como 40 cajas.\n\n\u00bfQu\u00e9 pasa si una pieza llega rota al cliente, ustedes responden? Con el paqueter\u00eda de ahorita perdemos como 4 de cada 100.\n\nSaludos,\nXimena\n33 5550 8821"),
     ],
     kps=[("condiciones: $52 MXN por pedido con empaque doble caja, $6 MXN por pieza adicional, $25 MXN por pieza grande, almacenaje $420 MXN por m3", ["$52 MXN", "$25 MXN", "$420 MXN"]),
          ("contrato a nombre de Barro y Hilo Artesan\u00edas S.A.S. de C.V.", ["Barro y Hilo Artesan\u00edas S.A.S. de C.V."]),
          ("entrada de inventario el lunes 25 de abril por la ma\u00f1ana, unas 40 cajas", ["25 de abril"])],
     mn=["$38 MXN", "Hern\u00e1n", "No comprometer", "33 5550 8821", "Llamada Ximena"],
     slots=["si AlmacenaYa responde por las piezas que lleguen rotas al cliente"])

# 38 quoted Zoho Mail, es, Santiago (Regi\u00f3n Metropolitana)
OUT38 = ("Hola Francisca:\n\nLas g\u00f3ndolas de 1,40 m de alto permiten ver toda la sala desde la caja. Para los 3 locales: 18 g\u00f3ndolas a $289.000 + IVA cada una y 3 exhibidores de bebidas a $412.000 + IVA, instalaci\u00f3n incluida.\n\nSaludos,\nIgnacio")
IN38 = ("Hola Ignacio,\n\nGracias por la propuesta. Para los minimarkets necesitamos g\u00f3ndolas m\u00e1s bajas, la cajera tiene que ver todo el local por seguridad. Tambi\u00e9n queremos un exhibidor para bebidas al lado de la caja en cada local.\n\nSaludos\nFrancisca")
case(n=38, slug="gondolas-exhibidores-minimarkets-santiago", domain="mobiliario y g\u00f3ndolas", lang="es",
     tz="America/Santiago", now="2033-04-06 10:30", place="es: Santiago (Regi\u00f3n Metropolitana)", shape="quoted", client="Zoho Mail",
     customer=("Francisca Irarr\u00e1zaval", "firarrazaval@minimarketlaesquina.example.cl"),
     rep=("Ignacio Fuenzalida", "ifuenzalida@mueblesretail.example.cl", "Ignacio Fuenzalida\nMuebles Retail SpA\n+56 2 2555 0183"),
     sources=[
        O("2033-03-07 12:00", "Propuesta g\u00f3ndolas minimarkets",
          "Hola Francisca:\n\nTal como conversamos, para los 3 locales proponemos 18 g\u00f3ndolas de 1,80 m a $265.000 + IVA cada una, instalaci\u00f3n incluida.\n\nSaludos,\nIgnacio"),
        I("2033-03-15 09:05", "Re: Propuesta g\u00f3ndolas minimarkets", IN38),
        O("2033-03-17 16:20", "Re: Propuesta g\u00f3ndolas minimarkets", OUT38),
        I("2033-04-05 11:15", "Re: Propuesta g\u00f3ndolas minimarkets",
          "Hola Ignacio,\n\nAprobado. 18 g\u00f3ndolas de 1,40 m a $289.000 + IVA y 3 exhibidores de bebidas a $412.000 + IVA. La orden de compra es la OC 7731. La instalaci\u00f3n tiene que ser de noche, cerramos a las 23:00, y en un local por noche para no cerrar los tres a la vez.\n\nAndrea, de finanzas, pregunta si pueden facturar en dos partes: 50% con la orden y 50% al terminar la instalaci\u00f3n.\n\n\u00bfPara cu\u00e1ndo podr\u00edan tenerlo listo? Nos gustar\u00eda antes del 1 de mayo.\n\nSaludos\nFrancisca Irarr\u00e1zaval\nJefa de Operaciones\nMinimarket La Esquina\n\n"
          "---- El jue, 17 mar 2033 16:20:00 -0300 Ignacio Fuenzalida <ifuenzalida@mueblesretail.example.cl> escribi\u00f3 ----\n\n" + q(OUT38) +
          "\n>\n> ---- El mar, 15 mar 2033 09:05:00 -0300 Francisca Irarr\u00e1zaval <firarrazaval@minimarketlaesquina.example.cl> escribi\u00f3 ----\n>\n" + q(IN38, ">> ")),
     ],
     kps=[("OC 7731: 18 g\u00f3ndolas de 1,40 m a $289.000 + IVA y 3 exhibidores de bebidas a $412.000 + IVA", ["OC 7731", "$289.000", "$412.000"]),
          ("instalaci\u00f3n de noche despu\u00e9s de las 23:00, un local por noche", ["23:00"])],
     mn=["$265.000", "1,80 m"],
     slots=["si se puede facturar 50% con la orden y 50% al terminar la instalaci\u00f3n (pregunta de Andrea)",
            "para cu\u00e1ndo puede estar listo, si antes del 1 de mayo"])

# 39 no-draft quiet, es, Quito (Pichincha)
case(n=39, slug="contadores-afluencia-centro-comercial-quito-silencio", domain="contadores de afluencia", lang="es",
     tz="America/Guayaquil", now="2033-04-06 10:00", place="es: Quito (Pichincha)", shape="no-draft: quiet",
     customer=("Gabriela Andrade", "gandrade@tiendascumbre.example.ec"),
     rep=("Santiago Villac\u00eds", "svillacis@flujometrics.example.ec", "Santiago Villac\u00eds\nFlujo Metrics\n02 555 0176"),
     sources=[
        O("2033-03-10 11:00", "Contadores de personas para Tiendas Cumbre",
          "Estimada Gabriela:\n\nAdjunto la propuesta para instalar contadores de personas en sus 5 tiendas: 10 sensores a USD 420 cada uno y la plataforma de an\u00e1lisis a USD 35 mensuales por tienda.\n\nSaludos cordiales,\nSantiago Villac\u00eds"),
        O("2033-03-28 15:00", "RE: Contadores de personas para Tiendas Cumbre",
          "Estimada Gabriela:\n\n\u00bfPudo revisar la propuesta? Con gusto la ajustamos.\n\nSaludos cordiales,\nSantiago"),
        I("2033-03-31 18:30", "RE: Contadores de personas para Tiendas Cumbre",
          "Estimado Santiago,\n\nGracias por la insistencia, pero estamos cerrando el trimestre y con el inventario anual encima. Le agradezco que no me escriba ni me llame hasta el lunes 2 de mayo; despu\u00e9s de esa fecha retomamos el tema con calma.\n\nSaludos,\nGabriela Andrade\nGerente de Operaciones"),
     ],
     expect=False)

# 40 notes+mail, es, Rosario (Santa Fe)
case(n=40, slug="musica-ambiental-licencias-supermercados-rosario", domain="m\u00fasica ambiental y licencias", lang="es",
     tz="America/Argentina/Cordoba", now="2033-04-05 15:30", place="es: Rosario (Santa Fe)", shape="notes+mail",
     customer=("Mat\u00edas Bertolotti", "mbertolotti@superparana.example.com.ar"),
     rep=("Luc\u00eda Ferreyra", "lferreyra@sonarretail.example.com.ar", "Luc\u00eda Ferreyra\nSonar Retail\n0341 555 0162"),
     sources=[
        N("2033-02-24 10:00",
          "Reuni\u00f3n Mat\u00edas Bertolotti (gerente comercial) Supermercados Paran\u00e1, 7 sucursales. Hoy ponen radio FM, quieren m\u00fasica propia + avisos de ofertas grabados. Cotic\u00e9 ARS 58.000/mes por sucursal con licencias SADAIC/AADI-CAPIF incluidas, avisos aparte."),
        O("2033-02-25 12:00", "M\u00fasica ambiental para Supermercados Paran\u00e1",
          "Hola Mat\u00edas:\n\nGracias por recibirme ayer. Te resumo: m\u00fasica ambiental con licencias incluidas para las 7 sucursales a ARS 58.000 por mes por sucursal. Los avisos de ofertas grabados con locutor los cotizamos aparte.\n\nSaludos,\nLuc\u00eda"),
        I("2033-03-14 17:50", "RE: M\u00fasica ambiental para Supermercados Paran\u00e1",
          "Luc\u00eda, buenas tardes.\n\nNos interesa. Los avisos: necesitamos 8 por mes, cambian con las ofertas de cada semana. \u00bfCu\u00e1nto sale? Y la m\u00fasica tiene que bajar de volumen sola cuando sale un aviso.\n\nSaludos\nMat\u00edas"),
        N("2033-03-16 11:30",
          "Llamada Mat\u00edas: 8 avisos/mes con locutor = ARS 96.000/mes total. Ducking autom\u00e1tico ok. Pidi\u00f3 descuento por 7 sucursales -> ARS 52.000 por sucursal si firma 12 meses. Mandar propuesta final."),
        O("2033-03-17 10:00", "Propuesta final - Supermercados Paran\u00e1",
          "Hola Mat\u00edas:\n\nTe paso la propuesta final: m\u00fasica con licencias para 7 sucursales a ARS 52.000 por mes por sucursal con contrato de 12 meses, m\u00e1s 8 avisos mensuales con locutor por ARS 96.000 por mes. La m\u00fasica baja sola cuando sale un aviso.\n\nSaludos,\nLuc\u00eda"),
        I("2033-04-04 16:20", "RE: Propuesta final - Supermercados Paran\u00e1",
          "Luc\u00eda,\n\nAprobado por direcci\u00f3n. Contrato a nombre de Supermercados Paran\u00e1 S.R.L., 12 meses. Queremos arrancar el viernes 15 de abril, que tenemos ofertas de Semana Santa, y el primer aviso tiene que ser de huevos de Pascua.\n\n\u00bfLos reproductores los mandan ustedes o usamos las PC de las cajas? En dos sucursales el wifi es malo.\n\nSaludos\nMat\u00edas Bertolotti\n0341 555 7720"),
        N("2033-04-04 18:00",
          "Tel. Mat\u00edas: reproductores los mandamos nosotros, en comodato, sin costo. Le dije que el wifi no es problema, funcionan sin conexi\u00f3n con la m\u00fasica descargada. Confirmar por mail lo del 15/4 y pedir el texto del aviso de Pascua. Interno: locutor disponible reci\u00e9n el 12/4, ajustado."),
     ],
     kps=[("contrato 12 meses a nombre de Supermercados Paran\u00e1 S.R.L.: ARS 52.000 por mes por sucursal, 8 avisos por ARS 96.000 por mes", ["Supermercados Paran\u00e1 S.R.L.", "ARS 52.000", "ARS 96.000"]),
          ("arranque el viernes 15 de abril, primer aviso de huevos de Pascua: pedir el texto", ["15 de abril", "Pascua"]),
          ("reproductores en comodato sin costo, funcionan sin conexi\u00f3n", ["comodato"])],
     mn=["ARS 58.000", "locutor disponible", "Interno:", "0341 555 7720", "Tel. Mat\u00edas", "Llamada Mat\u00edas", "ponen radio FM"],
     slots=[])
